package se.sambruk.uka.beda;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.AuditLog;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;
import se.sambruk.uka.schooldata.UkaSecrets;

/**
 * The BEDA check of a young person: each municipality's connection (address and sealed key),
 * the check itself (asked outside any transaction; only an answer changes anything), and the
 * last check of a person for the person's page. An examen found ends coverage through the rules
 * (the programme becomes completed and the register recomputes the person: end reason EXAMEN);
 * a studiebevis is recorded and changes nothing.
 */
@Service
public class BedaChecks {

    static final String API_KEY = "uka.beda.api-key";

    /** A municipality's connection; the sealed key never leaves this package. */
    public record Connection(String baseUrl, String updatedBy, Instant updatedAt, String sealedKey) {
    }

    /** One check of a person as the page shows it. */
    public record Check(Instant checkedAt, String checkedBy, String outcome, String meritType, LocalDate awardedOn, String programme) {
    }

    /** What a check did: its outcome (EXAMEN, STUDIEBEVIS, OTHER, NOT_FOUND) and whether coverage ended. */
    public record Outcome(String outcome, boolean coverageEnded) implements java.io.Serializable {
    }

    private final JdbcTemplate jdbc;
    private final BedaConnector connector;
    private final UkaSecrets secrets;
    private final Register register;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    BedaChecks(JdbcTemplate jdbc, BedaConnector connector, UkaSecrets secrets, Register register, AuditLog audit,
               PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.connector = connector;
        this.secrets = secrets;
        this.register = register;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public Optional<Connection> connection(long organisationId) {
        return jdbc.query("select base_url, updated_by, updated_at, api_key_cipher from uka.beda_connection where organisation_id = ?",
                (rs, i) -> new Connection(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), organisationId)
                .stream().findFirst();
    }

    /** For the person's page: whether the municipality has set BEDA up. */
    public boolean configured(long organisationId) {
        return connection(organisationId).isPresent();
    }

    /** Saves the connection; a null key keeps the one stored (the caller has checked there is one). */
    @Transactional
    public void save(long organisationId, String baseUrl, String apiKey, String by) {
        String sealed = apiKey == null ? null : secrets.seal(API_KEY, apiKey);
        jdbc.update("""
                insert into uka.beda_connection (organisation_id, base_url, api_key_cipher, updated_by) values (?, ?, ?, ?)
                on conflict (organisation_id) do update set base_url = excluded.base_url,
                    api_key_cipher = coalesce(?, uka.beda_connection.api_key_cipher), updated_by = excluded.updated_by, updated_at = now()""",
                organisationId, baseUrl, sealed == null ? "" : sealed, by, sealed);
    }

    /** The person's last check, for the page (read together with the person's page, which is audited). */
    public Optional<Check> latest(long organisationId, long personId) {
        return jdbc.query("select checked_at, checked_by, outcome, merit_type, awarded_on, programme from uka.beda_check "
                        + "where organisation_id = ? and person_id = ? order by checked_at desc, id desc limit 1",
                (rs, i) -> new Check(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6)), organisationId, personId)
                .stream().findFirst();
    }

    /**
     * Asks BEDA about the person and records the answer; an examen ends coverage through the rules.
     *
     * @throws BedaConnector.Failure when there is no connection or BEDA could not answer: nothing changed
     */
    public Outcome check(long organisationId, YoungPerson person, String byWhom) {
        Connection connection = connection(organisationId).orElseThrow(() -> new BedaConnector.Failure("BEDA är inte inställt för kommunen."));
        String key;
        try {
            key = secrets.open(API_KEY, connection.sealedKey());
        } catch (IllegalStateException e) {
            throw new BedaConnector.Failure("Den sparade nyckeln till BEDA går inte att öppna. Spara inställningen med nyckeln igen.");
        }
        BedaConnector.Answer answer = connector.check(connection.baseUrl(), key, person.personnummer());
        Optional<BedaConnector.Merit> decisive = answer.decisive();
        String outcome = decisive.map(m -> m.kind().name()).orElse("NOT_FOUND");
        Boolean ended = transactions.execute(status -> {
            jdbc.update("insert into uka.beda_check (organisation_id, person_id, checked_by, outcome, merit_type, awarded_on, programme) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", organisationId, person.id(), byWhom, outcome, decisive.map(BedaConnector.Merit::type).orElse(null),
                    decisive.map(BedaConnector.Merit::awarded).map(Date::valueOf).orElse(null), decisive.map(BedaConnector.Merit::programme).orElse(null));
            boolean coverageEnded = false;
            if (decisive.isPresent() && decisive.get().kind() == BedaConnector.Kind.EXAMEN && person.programme() != ProgrammeStatus.COMPLETED) {
                coverageEnded = register.updateFacts(organisationId, person.id(), person.registeredHere(), person.compulsorySchoolDone(),
                        ProgrammeStatus.COMPLETED, "Enligt BEDA") == Register.Change.ENDED;
            }
            audit.personalDataChanged("uka.person", person.id(), organisationId, "BEDA check (personnummer sent to UHR's BEDA): " + outcome
                    + (coverageEnded ? ", coverage ended" : ""));
            return coverageEnded;
        });
        return new Outcome(outcome, Boolean.TRUE.equals(ended));
    }
}
