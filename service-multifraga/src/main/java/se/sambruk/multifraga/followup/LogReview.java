package se.sambruk.multifraga.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The follow-up report for the municipality's log review (uppföljning av loggar): over a period,
 * the look-ups per caseworker, a random sample to check, and the look-ups with no following
 * decision in their case. Every query is scoped to the organisation; days are Swedish days.
 */
@Service
public class LogReview {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    public record PerCaseworker(String caseworker, long lookups, long persons, long cases, long protectedIdentity, long withoutDecision) {
    }

    public record Entry(long id, OffsetDateTime askedAt, String caseworker, String caseId, String personsMasked, String sources,
                        String purpose, String law, boolean protectedIdentity, boolean resultsDeleted, boolean decisionFollowed) {
    }

    private final JdbcClient jdbc;

    LogReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ENTRY = """
            select l.id, l.asked_at, l.caseworker, l.person_count, l.case_id, l.persons_masked, l.sources, l.purpose, l.law, l.protected_identity,
                   l.results_deleted_at is not null as results_deleted,
                   exists (select 1 from multifraga.case_decision d where d.organisation_id = l.organisation_id and d.case_id = l.case_id
                           and d.decided_on >= (l.asked_at at time zone 'Europe/Stockholm')::date) as decision_followed
            from multifraga.lookup l
            where l.organisation_id = :org and l.asked_at >= :start and l.asked_at < :end""";

    public List<PerCaseworker> perCaseworker(long organisationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select caseworker, count(*) as lookups, coalesce(sum(person_count), 0) as persons, count(distinct case_id) as cases,
                               count(*) filter (where protected_identity) as protected_identity,
                               count(*) filter (where not decision_followed) as without_decision
                        from (%s) e
                        group by caseworker order by lookups desc, caseworker""".formatted(ENTRY))
                .param("org", organisationId).param("start", start(from)).param("end", start(to.plusDays(1)))
                .query((rs, n) -> new PerCaseworker(rs.getString("caseworker"), rs.getLong("lookups"), rs.getLong("persons"), rs.getLong("cases"),
                        rs.getLong("protected_identity"), rs.getLong("without_decision")))
                .list();
    }

    /** Every look-up of the period, oldest first (the export). */
    public List<Entry> all(long organisationId, LocalDate from, LocalDate to) {
        return entries(ENTRY + " order by l.asked_at, l.id", organisationId, from, to, 0);
    }

    /** A random sample of the period's look-ups to check, at most {@code size}. */
    public List<Entry> sample(long organisationId, LocalDate from, LocalDate to, int size) {
        return entries("select * from (" + ENTRY + " order by random() limit :limit) s order by asked_at, id", organisationId, from, to, size);
    }

    /** The period's look-ups whose case has no decision on or after the look-up's day. */
    public List<Entry> withoutDecision(long organisationId, LocalDate from, LocalDate to) {
        return entries("select * from (" + ENTRY + ") s where not decision_followed order by asked_at, id", organisationId, from, to, 0);
    }

    private List<Entry> entries(String sql, long organisationId, LocalDate from, LocalDate to, int limit) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("org", organisationId).param("start", start(from)).param("end", start(to.plusDays(1)));
        if (sql.contains(":limit")) {
            spec = spec.param("limit", limit);
        }
        return spec.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("asked_at", OffsetDateTime.class), rs.getString("caseworker"),
                rs.getString("case_id"), rs.getString("persons_masked"), rs.getString("sources"), rs.getString("purpose"), rs.getString("law"),
                rs.getBoolean("protected_identity"), rs.getBoolean("results_deleted"), rs.getBoolean("decision_followed"))).list();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(STOCKHOLM).toOffsetDateTime();
    }
}
