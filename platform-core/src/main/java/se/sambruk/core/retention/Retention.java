package se.sambruk.core.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.ClusterJobs;

/**
 * Runs the retention rules and keeps their settings and log. Every night
 * ({@code sambruk.retention.cron}, default 02:30 Swedish time) one node runs every rule
 * ({@code ClusterJobs}, job {@code "retention"}); each rule's removal and its log rows
 * ({@code core.retention_run}: one row for the run's total, one per organisation that lost rows)
 * and the audit entries commit together. A rule that fails is logged with its error and the
 * others still run.
 */
@Component
public class Retention {

    /** How many items a preview lists at most on the administrator's page. */
    public static final int LIST_LIMIT = 20;
    static final String ACTOR = "gallring";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final ObjectProvider<RetentionRule> rules;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ClusterJobs jobs;
    private final AuditLog audit;
    private final Clock clock;

    Retention(ObjectProvider<RetentionRule> rules, JdbcTemplate jdbc, TransactionTemplate transactions, ClusterJobs jobs, AuditLog audit,
              Clock clock) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A run's outcome: when, how many in all, per organisation (key null for platform-wide data), the error if it failed. */
    public record Run(String rule, Instant ranAt, String trigger, int removed, Map<Long, Integer> perOrganisation, String error) {
    }

    /** One line of a rule's log as an organisation (or staff, organisationId null) sees it. */
    public record LogEntry(Instant ranAt, String trigger, int removed, String error) {
    }

    /** Every registered rule, ordered by service and name. */
    public List<RetentionRule> rules() {
        return rules.orderedStream().sorted(Comparator.comparing(RetentionRule::service).thenComparing(RetentionRule::name)).toList();
    }

    public Optional<RetentionRule> rule(String name) {
        return rules().stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** The days a rule keeps an organisation's data: the organisation's own setting where the rule allows one, else the default. */
    public int keepDays(RetentionRule rule, Long organisationId) {
        if (organisationId == null || !rule.organisationSetsPeriod()) {
            return rule.defaultKeepDays();
        }
        return jdbc.query("select keep_days from core.retention_setting where rule = ? and organisation_id = ?",
                (rs, row) -> rs.getInt(1), rule.name(), organisationId).stream().findFirst().orElse(rule.defaultKeepDays());
    }

    /** Whether the organisation has set its own period for the rule. */
    public boolean hasOwnPeriod(RetentionRule rule, long organisationId) {
        return rule.organisationSetsPeriod() && jdbc.queryForObject(
                "select count(*) from core.retention_setting where rule = ? and organisation_id = ?", Integer.class, rule.name(), organisationId) > 0;
    }

    /**
     * Sets the organisation's own period (null: back to the default). Refused with an
     * {@link IllegalArgumentException} when the rule lets no organisation set it or the days are out of bounds.
     */
    public void setKeepDays(RetentionRule rule, long organisationId, Integer days, String actor) {
        if (!rule.organisationSetsPeriod()) {
            throw new IllegalArgumentException("retention.period.fixed");
        }
        if (days == null) {
            jdbc.update("delete from core.retention_setting where rule = ? and organisation_id = ?", rule.name(), organisationId);
        } else {
            if (days < rule.minKeepDays() || days > rule.maxKeepDays()) {
                throw new IllegalArgumentException("retention.period.outOfBounds");
            }
            jdbc.update("""
                    insert into core.retention_setting (rule, organisation_id, keep_days, changed_by) values (?, ?, ?, ?)
                    on conflict (rule, organisation_id) do update set keep_days = excluded.keep_days, changed_at = now(), changed_by = excluded.changed_by
                    """, rule.name(), organisationId, days, actor);
        }
        audit.record(AuditAction.REGISTER_CHANGED, "retention_setting", rule.name(), organisationId,
                days == null ? "period back to the default " + rule.defaultKeepDays() + " days" : "period " + days + " days");
    }

    /** What the rule would remove now for one organisation, or for all (null), with up to {@code listLimit} items. */
    public RetentionPreview preview(RetentionRule rule, Long organisationId, int listLimit) {
        return rule.preview(scope(rule, organisationId, clock.instant(), listLimit));
    }

    /** Runs every rule now (all organisations); the nightly job calls this. */
    public List<Run> runAll(String trigger) {
        return rules().stream().map(rule -> run(rule, trigger)).toList();
    }

    @Scheduled(cron = "${sambruk.retention.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
    void nightly() {
        jobs.runAlone("retention", () -> runAll("nightly"));
    }

    /**
     * Runs one rule over all organisations: removes, logs and audits in one transaction. Any
     * rule object may be run (a test's, or a registered bean); a failure is logged as a run with
     * its error and returned, not thrown.
     */
    public Run run(RetentionRule rule, String trigger) {
        Instant now = clock.instant();
        try {
            Map<Long, Integer> removed = transactions.execute(status -> {
                Map<Long, Integer> perOrganisation = new HashMap<>(rule.apply(scope(rule, null, now, 0)));
                perOrganisation.values().removeIf(count -> count == null || count == 0);
                int total = perOrganisation.values().stream().mapToInt(Integer::intValue).sum();
                insertRun(rule.name(), now, trigger, null, total, null);
                perOrganisation.forEach((organisationId, count) -> {
                    if (organisationId != null) {
                        insertRun(rule.name(), now, trigger, organisationId, count, null);
                    }
                    audit.recordWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, ACTOR, null, "retention", rule.name(), organisationId,
                            count + " removed under rule " + rule.name() + " (" + trigger + ")");
                });
                return perOrganisation;
            });
            int total = removed.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                log.info("Retention rule {}: {} removed ({})", rule.name(), total, trigger);
            }
            return new Run(rule.name(), now, trigger, total, removed, null);
        } catch (RuntimeException failed) {
            log.warn("Retention rule {} failed", rule.name(), failed);
            String error = failed.getClass().getSimpleName();
            insertRun(rule.name(), now, trigger, null, 0, error);
            return new Run(rule.name(), now, trigger, 0, Map.of(), error);
        }
    }

    /**
     * The rule's latest runs: for an organisation, how many of its rows each run removed; for
     * staff (organisationId null), the runs' totals.
     */
    public List<LogEntry> log(RetentionRule rule, Long organisationId, int limit) {
        if (organisationId == null) {
            return jdbc.query("""
                    select ran_at, trigger, removed, error from core.retention_run
                     where rule = ? and organisation_id is null order by ran_at desc, id desc limit ?""",
                    (rs, row) -> new LogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getString(4)), rule.name(), limit);
        }
        return jdbc.query("""
                select r.ran_at, r.trigger, coalesce(o.removed, 0), r.error from core.retention_run r
                  left join core.retention_run o on o.rule = r.rule and o.ran_at = r.ran_at and o.organisation_id = ?
                 where r.rule = ? and r.organisation_id is null order by r.ran_at desc, r.id desc limit ?""",
                (rs, row) -> new LogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getString(4)),
                organisationId, rule.name(), limit);
    }

    /** Per rule name, the days each organisation has set (for staff's overview: how many organisations differ). */
    Map<String, Long> ownPeriodCounts() {
        return jdbc.query("select rule, count(*) from core.retention_setting group by rule", (rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private RetentionScope scope(RetentionRule rule, Long organisationId, Instant now, int listLimit) {
        return new RetentionScope(organisationId, now, organisation -> keepDays(rule, organisation), listLimit);
    }

    private void insertRun(String rule, Instant ranAt, String trigger, Long organisationId, int removed, String error) {
        jdbc.update("insert into core.retention_run (rule, ran_at, trigger, organisation_id, removed, error) values (?, ?, ?, ?, ?, ?)",
                rule, Timestamp.from(ranAt), trigger.length() > 100 ? trigger.substring(0, 100) : trigger, organisationId, removed, error);
    }
}
