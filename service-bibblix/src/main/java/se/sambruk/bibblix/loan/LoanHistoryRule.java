package se.sambruk.bibblix.loan;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.RetentionScope;

/**
 * Bibblix's loan history in the core's retention (its nightly job, preview and log): a loan is
 * deleted when it has ended (or its 28 days are up) and its municipality's period has passed
 * ({@link HistoryRetention}). The period is the one the municipality sets on Bibblix's library
 * page ({@code bibblix.library.history_days}, default {@value #DEFAULT_DAYS}), the same that
 * {@link LoanHousekeeping} applies every ten minutes, so the two always agree.
 */
@Component
class LoanHistoryRule implements RetentionRule {

    static final int DEFAULT_DAYS = 30;
    private static final String DUE = """
            coalesce(l.ended_at, case when l.due_at <= cast(:now as timestamptz) then l.due_at end)
              < cast(:now as timestamptz) - make_interval(days => coalesce((select b.history_days from bibblix.library b where b.organisation_id = l.organisation_id), %d))
            and (cast(:org as bigint) is null or l.organisation_id = :org)
            """.formatted(DEFAULT_DAYS);

    private final JdbcClient jdbc;

    LoanHistoryRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "bibblix.loan-history";
    }

    @Override
    public String service() {
        return "bibblix";
    }

    @Override
    public String description() {
        return "Lånehistorik (vilket lånekort som lånat vilken bok; kortet bara som nyckelad hash) raderas när lånet tagit slut "
                + "och den period som kommunen valt på Bibblix bibliotekssida har gått (0–365 dagar, " + DEFAULT_DAYS + " om inget valts). "
                + "Statistiken behåller bara antal.";
    }

    @Override
    public String legalGround() {
        return "GDPR art. 5.1 c och e (uppgiftsminimering, lagringsminimering); kommunens beslut om gallring";
    }

    @Override
    public int defaultKeepDays() {
        return DEFAULT_DAYS;
    }

    @Override
    public RetentionPreview preview(RetentionScope scope) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select l.organisation_id, count(*) from bibblix.loan l where " + DUE + " group by 1")
                .param("now", Timestamp.from(scope.now())).param("org", scope.organisationId())
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        List<RetentionPreview.Item> items = jdbc.sql("select l.organisation_id, 'lån ' || l.id, coalesce(l.ended_at, l.due_at) from bibblix.loan l where "
                        + DUE + " order by l.id limit :limit")
                .param("now", Timestamp.from(scope.now())).param("org", scope.organisationId()).param("limit", scope.listLimit())
                .query((rs, n) -> new RetentionPreview.Item(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        return new RetentionPreview(counts, items);
    }

    @Override
    public Map<Long, Integer> apply(RetentionScope scope) {
        Map<Long, Integer> deleted = new HashMap<>();
        jdbc.sql("delete from bibblix.loan l where " + DUE + " returning l.organisation_id")
                .param("now", Timestamp.from(scope.now())).param("org", scope.organisationId())
                .query((rs, n) -> deleted.merge(rs.getLong(1), 1, Integer::sum)).list();
        return deleted;
    }
}
