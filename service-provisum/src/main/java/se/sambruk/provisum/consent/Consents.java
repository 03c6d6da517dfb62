package se.sambruk.provisum.consent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.provisum.rules.ConsentRules;

/**
 * The office's questions to a principal aged 16 or more (FB 16 kap. 4 §) and the principal's signed
 * answers. The office's side is scoped by its caller (the case it already reached); the principal's
 * side only by the principal's own personnummer: a principal sees the questions put to them and
 * nothing else of the case.
 */
@Repository("provisumConsents")
public class Consents {

    public record Request(long id, long caseId, long municipalityId, String caseType, String diaryNumber, String question, LocalDate askedOn,
                          String askedBy, String answer, OffsetDateTime answeredAt, Long signatureId) {

        public boolean answered() {
            return answer != null;
        }

        /** What the principal signs: the question and the answer, in a fixed order. */
        public byte[] canonicalBytes(ConsentRules.Answer chosen) {
            return ("samtycke;" + id + ";" + diaryNumber + ";" + question + ";" + chosen.name()).getBytes(StandardCharsets.UTF_8);
        }

        public String documentRef(ConsentRules.Answer chosen) {
            return "samtycke/" + id + "/" + chosen.name();
        }
    }

    private static final String SELECT = """
            select r.*, c.municipality_id, c.type, c.diary_number from provisum.consent_request r join provisum.case_file c on c.id = r.case_id
            """;

    private static final RowMapper<Request> ROW = (rs, n) -> {
        long signature = rs.getLong("signature_id");
        return new Request(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("municipality_id"), rs.getString("type"), rs.getString("diary_number"),
                rs.getString("question"), rs.getObject("asked_on", LocalDate.class), rs.getString("asked_by"), rs.getString("answer"),
                rs.getObject("answered_at", OffsetDateTime.class), rs.wasNull() ? null : signature);
    };

    private final JdbcTemplate jdbc;

    Consents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks the case's principal; registered in the diarium. */
    @Transactional
    public long ask(long caseId, long municipalityId, String question, LocalDate on, String by) {
        long id = jdbc.queryForObject("insert into provisum.consent_request (case_id, question, asked_on, asked_by) values (?, ?, ?, ?) returning id",
                Long.class, caseId, question.strip(), on, by);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'CONSENT_ASKED', ?, ?)",
                municipalityId, caseId, "Huvudmannen tillfrågad om samtycke (" + ConsentRules.PARAGRAPH + ")", by);
        return id;
    }

    public List<Request> forCase(long caseId) {
        return jdbc.query(SELECT + " where r.case_id = ? order by r.id", ROW, caseId);
    }

    /** The questions put to the person as principal, newest first. */
    public List<Request> forPrincipal(String personnummer) {
        return jdbc.query(SELECT + " join provisum.principal p on p.id = c.principal_id where p.personnummer = ? order by r.id desc limit 100",
                ROW, personnummer);
    }

    /** One question, only when it was put to this person. */
    public Optional<Request> ofPrincipal(long id, String personnummer) {
        return jdbc.query(SELECT + " join provisum.principal p on p.id = c.principal_id where r.id = ? and p.personnummer = ?", ROW, id, personnummer)
                .stream().findFirst();
    }

    /**
     * Records the principal's signed answer once: the case's step "heard" is marked done and the
     * answer registered in the diarium. Answers false when it was already answered.
     */
    @Transactional
    public boolean answer(Request request, ConsentRules.Answer answer, long signatureId, String actor) {
        int updated = jdbc.update("update provisum.consent_request set answer = ?, answered_at = now(), signature_id = ? where id = ? and answer is null",
                answer.name(), signatureId, request.id());
        if (updated == 0) {
            return false;
        }
        jdbc.update("insert into provisum.case_step (case_id, step_code, done_by) values (?, 'heard', ?) on conflict do nothing", request.caseId(), actor);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'CONSENT_ANSWERED', ?, ?)",
                request.municipalityId(), request.caseId(), answer == ConsentRules.Answer.GIVEN ? "Huvudmannen samtycker (signerat)"
                        : "Huvudmannen samtycker inte (signerat)", actor);
        return true;
    }
}
