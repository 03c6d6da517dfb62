package se.sambruk.multifraga.applications;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What is not income for the calculation, per municipality: the newest list its Multifråga
 * administrator saved (every save a new version, the old ones kept), else the installation's
 * setting {@code sambruk.multifraga.not-income[n]} ({@code CODE=reason} or {@code CODE/Kind=reason}),
 * else {@link NotIncome#DEFAULT}. Every read and write is scoped to the organisation.
 */
@Service
public class NotIncomeLists {

    /** One saved list: its id, the organisation, the entries, who saved it and when. */
    public record Version(long id, long organisationId, NotIncome list, String enteredBy, OffsetDateTime enteredAt) {
    }

    private final JdbcClient jdbc;
    private final Environment environment;

    NotIncomeLists(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /** The installation's list: {@code sambruk.multifraga.not-income}, else the default. */
    public NotIncome installation() {
        List<String> entries = Binder.get(environment).bind("sambruk.multifraga.not-income", Bindable.listOf(String.class)).orElse(List.of());
        return entries.isEmpty() ? NotIncome.DEFAULT : NotIncome.parse(entries);
    }

    /** The list in force for the organisation: its newest version, else the installation's. */
    public NotIncome forOrganisation(long organisationId) {
        return current(organisationId).map(Version::list).orElseGet(this::installation);
    }

    public Optional<Version> current(long organisationId) {
        return versions(organisationId).stream().findFirst();
    }

    /** The organisation's versions, newest first. */
    public List<Version> versions(long organisationId) {
        return jdbc.sql("select * from multifraga.not_income_version where organisation_id = :org order by id desc")
                .param("org", organisationId).query(NotIncomeLists::version).list();
    }

    /** One version of the organisation's (another organisation's id: empty). */
    public Optional<Version> version(long organisationId, long id) {
        return jdbc.sql("select * from multifraga.not_income_version where id = :id and organisation_id = :org")
                .param("id", id).param("org", organisationId).query(NotIncomeLists::version).optional();
    }

    /** Saves the organisation's list as its newest version; its id. */
    public long save(long organisationId, NotIncome list, String enteredBy) {
        String entries = String.join("\n", list.reasons().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return jdbc.sql("""
                        insert into multifraga.not_income_version (organisation_id, entries, entered_by) values (:org, :entries, :by) returning id""")
                .param("org", organisationId).param("entries", entries).param("by", enteredBy).query(Long.class).single();
    }

    private static Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String entries = rs.getString("entries");
        return new Version(rs.getLong("id"), rs.getLong("organisation_id"),
                entries.isEmpty() ? new NotIncome(java.util.Map.of()) : NotIncome.parse(Arrays.asList(entries.split("\n"))),
                rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class));
    }
}
