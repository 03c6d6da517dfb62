package se.sambruk.bibblix.loan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.ClusterJobs;

/**
 * Loans end by themselves and their history goes: every ten minutes, on one node of the cluster
 * ({@code ClusterJobs}, job "bibblix-loans"), loans past their time are ended, and loans ended
 * longer ago than their municipality's history period ({@link HistoryRetention}) are deleted.
 * What each run did per municipality is logged in {@code bibblix.retention_log}; the librarians'
 * page shows a preview of what the next run deletes.
 */
@Component
public class LoanHousekeeping {

    private final JdbcClient jdbc;
    private final ClusterJobs jobs;
    private final Clock clock;

    LoanHousekeeping(JdbcClient jdbc, ClusterJobs jobs, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sambruk.bibblix.housekeeping-every:PT10M}", initialDelayString = "PT1M")
    void scheduled() {
        jobs.runAlone("bibblix-loans", () -> run(clock.instant()));
    }

    /** Ends what is due and deletes what the rule says; the log rows written. */
    @Transactional
    public List<LogEntry> run(Instant now) {
        List<LogEntry> log = new ArrayList<>();
        List<Long> organisations = jdbc.sql("select distinct organisation_id from bibblix.loan order by 1").query(Long.class).list();
        for (long organisation : organisations) {
            int ended = jdbc.sql("update bibblix.loan set ended_at = due_at where organisation_id = ? and ended_at is null and due_at <= ?")
                    .params(organisation, Timestamp.from(now)).update();
            int days = historyDays(organisation);
            int deleted = jdbc.sql("delete from bibblix.loan where organisation_id = ? and ended_at is not null and ended_at < ?")
                    .params(organisation, Timestamp.from(HistoryRetention.deleteEndedBefore(now, days))).update();
            if (ended > 0 || deleted > 0) {
                jdbc.sql("insert into bibblix.retention_log (ran_at, organisation_id, loans_ended, loans_deleted) values (?, ?, ?, ?)")
                        .params(Timestamp.from(now), organisation, ended, deleted).update();
                log.add(new LogEntry(now.atOffset(java.time.ZoneOffset.UTC), organisation, ended, deleted));
            }
        }
        return log;
    }

    /** What the next run would do for the municipality now: loans to end, loans to delete. */
    public Preview preview(long organisation, Instant now) {
        int toEnd = jdbc.sql("select count(*) from bibblix.loan where organisation_id = ? and ended_at is null and due_at <= ?")
                .params(organisation, Timestamp.from(now)).query(Integer.class).single();
        int days = historyDays(organisation);
        Instant cutoff = HistoryRetention.deleteEndedBefore(now, days);
        int toDelete = jdbc.sql("select count(*) from bibblix.loan where organisation_id = ? and coalesce(ended_at, case when due_at <= ? then due_at end) < ?")
                .params(organisation, Timestamp.from(now), Timestamp.from(cutoff)).query(Integer.class).single();
        int active = jdbc.sql("select count(*) from bibblix.loan where organisation_id = ? and ended_at is null and due_at > ?")
                .params(organisation, Timestamp.from(now)).query(Integer.class).single();
        return new Preview(days, toEnd, toDelete, active);
    }

    public List<LogEntry> log(long organisation) {
        return jdbc.sql("select ran_at, organisation_id, loans_ended, loans_deleted from bibblix.retention_log where organisation_id = ? order by ran_at desc limit 20")
                .param(organisation).query(LogEntry.class).list();
    }

    private int historyDays(long organisation) {
        return jdbc.sql("select history_days from bibblix.library where organisation_id = ?").param(organisation).query(Integer.class)
                .optional().orElse(30);
    }

    public record LogEntry(OffsetDateTime ranAt, long organisationId, int loansEnded, int loansDeleted) {
    }

    public record Preview(int historyDays, int toEnd, int toDelete, int active) {
    }
}
