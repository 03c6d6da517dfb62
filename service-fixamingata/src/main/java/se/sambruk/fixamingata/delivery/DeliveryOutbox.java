package se.sambruk.fixamingata.delivery;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.ClusterJobs;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportUpdate;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;

/**
 * Sends what waits in fixamingata.delivery to the municipalities' back-ends. A delivery that fails
 * stays, with the back-end's answer for staff to read, and is tried again with a growing pause
 * (30 s, 1 min, 2 min, ... at most 6 h); one that succeeded is marked sent in the same transaction
 * that holds its row lock, so two nodes never send the same delivery.
 */
@Component
public class DeliveryOutbox {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutbox.class);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ClusterJobs jobs;
    private final Reports reports;
    private final Categories categories;
    private final Reporting reporting;
    private final EmailBackend email;
    private final Open311Backend open311;
    private final ServiceNowBackend serviceNow;
    private final CategoryQuestions questions;

    DeliveryOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterJobs jobs, Reports reports, Categories categories,
                   Reporting reporting, EmailBackend email, Open311Backend open311, ServiceNowBackend serviceNow, CategoryQuestions questions) {
        this.questions = questions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.reports = reports;
        this.categories = categories;
        this.reporting = reporting;
        this.email = email;
        this.open311 = open311;
        this.serviceNow = serviceNow;
    }

    @Scheduled(fixedDelayString = "${sambruk.fixamingata.send-every:PT10S}", initialDelayString = "PT5S")
    void scheduled() {
        jobs.runAlone("fixamingata-delivery", this::sendDue);
    }

    /** Sends every delivery that is due, each in its own transaction; how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Boolean result = transaction.execute(status -> sendOne());
            if (result == null) {
                return sent;
            }
            if (result) {
                sent++;
            }
        }
    }

    /** One due delivery: true when sent, false when it failed (and waits), null when none is due. */
    private Boolean sendOne() {
        List<long[]> due = jdbc.query("""
                select id, report_id, coalesce(update_id, 0), attempts from fixamingata.delivery
                where sent_at is null and next_attempt_at <= now() order by next_attempt_at, id limit 1 for update skip locked""",
                (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        if (due.isEmpty()) {
            return null;
        }
        long id = due.get(0)[0], reportId = due.get(0)[1], updateId = due.get(0)[2];
        int attempts = (int) due.get(0)[3];
        try {
            Report report = reports.find(reportId).orElseThrow(() -> new Backend.DeliveryFailed("Rapporten finns inte"));
            Category category = categories.find(report.categoryId()).orElseThrow();
            Backend backend = backend(category);
            String link = reporting.link(reportId);
            if (updateId == 0) {
                String externalId = backend.send(category, report, questions.answersToSend(reportId), link);
                if (externalId != null) {
                    reporting.deliveredAs(reportId, externalId);
                }
            } else {
                ReportUpdate update = reports.timeline(reportId, true).stream().filter(u -> u.id() == updateId).findFirst()
                        .orElseThrow(() -> new Backend.DeliveryFailed("Uppdateringen finns inte"));
                backend.sendUpdate(category, report, update, link);
            }
            jdbc.update("update fixamingata.delivery set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?", id);
            return true;
        } catch (Backend.DeliveryFailed failed) {
            Duration pause = pause(attempts);
            log.info("Delivery {} of report {} failed (attempt {}), next in {}: {}", id, reportId, attempts + 1, pause, failed.getMessage());
            jdbc.update("""
                    update fixamingata.delivery set attempts = attempts + 1, last_error = left(?, 2000),
                      next_attempt_at = now() + make_interval(secs => ?) where id = ?""",
                    failed.getMessage(), (double) pause.toSeconds(), id);
            return false;
        }
    }

    static Duration pause(int attemptsBefore) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attemptsBefore, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private Backend backend(Category category) {
        return switch (category.sendMethod()) {
            case EMAIL -> email;
            case OPEN311 -> open311;
            case SERVICENOW -> serviceNow;
        };
    }
}
