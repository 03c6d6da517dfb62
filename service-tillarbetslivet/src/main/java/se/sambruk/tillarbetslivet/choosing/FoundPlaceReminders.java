package se.sambruk.tillarbetslivet.choosing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * s10-tal: a reminder to the contact person of a place a pupil found themselves who has not answered
 * in {@code sambruk.tillarbetslivet.found-place-reminder-days} days (default 7): once per request,
 * while its link is still valid, with a new one-time link (the earlier one stops working; only the
 * new token's hash is kept), at most {@link #PER_RECIPIENT} reminders a day to one address (the core's
 * {@code PublicFormLimits}). Every morning on one node ({@code ClusterJobs}); each reminder is written
 * with its mail in one transaction, through the outbox.
 */
@Component
public class FoundPlaceReminders {

    private static final Logger log = LoggerFactory.getLogger(FoundPlaceReminders.class);
    static final int PER_RECIPIENT = 2;
    static final PublicFormLimits.Limit LIMIT = new PublicFormLimits.Limit(100_000, PER_RECIPIENT, Duration.ofDays(1));

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PublicFormLimits limits;
    private final ClusterJobs jobs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final String publicUrl;
    private final int days;

    FoundPlaceReminders(JdbcTemplate jdbc, Notifications notifications, MessageSource messages, PublicFormLimits limits, ClusterJobs jobs,
                        AuditLog audit, PlatformTransactionManager transactions,
                        @Value("${sambruk.public-url:${SAMBRUK_PUBLIC_URL:http://localhost:8080}}") String publicUrl,
                        @Value("${sambruk.tillarbetslivet.found-place-reminder-days:7}") int days) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.limits = limits;
        this.jobs = jobs;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.days = Math.max(1, Math.min(days, FoundPlaces.LINK_DAYS - 1));
    }

    record Waiting(long id, long org, String contactName, String contactEmail, String pupil, String school, String workplace,
                   LocalDate startsOn, LocalDate endsOn) {
    }

    @Scheduled(cron = "${sambruk.tillarbetslivet.found-place-reminder-cron:0 0 9 * * *}", zone = "Europe/Stockholm")
    public void remindDaily() {
        jobs.runAlone("tillarbetslivet.found-place-reminders", this::remind);
    }

    /** Sends the reminders due now; how many were sent (also run by the tests). */
    public int remind() {
        List<Waiting> waiting = jdbc.query("""
                select f.id, f.organisation_id, f.contact_name, f.contact_email, p.name as pupil, s.name as school, f.workplace, f.starts_on, f.ends_on
                from tillarbetslivet.found_place f join tillarbetslivet.pupil p on p.id = f.pupil_id
                join tillarbetslivet.school s on s.id = p.school_id
                where f.status = 'SENT' and f.reminded_at is null and f.token_hash is not null
                  and f.sent_at < now() - make_interval(days => ?) and f.sent_at > now() - make_interval(days => ?)
                order by f.sent_at, f.id limit 500""", (rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)),
                days, FoundPlaces.LINK_DAYS);
        int sent = 0;
        Locale swedish = Locale.forLanguageTag("sv");
        for (Waiting w : waiting) {
            String recipient = w.contactEmail().toLowerCase(Locale.ROOT);
            if (!limits.allow("tillarbetslivet.found-place-reminder", LIMIT, "reminder-job", recipient)) {
                continue; // the next morning
            }
            Boolean done = transaction.execute(status -> {
                String token = Workplaces.newToken();
                if (jdbc.update("""
                        update tillarbetslivet.found_place set token_hash = ?, reminded_at = now()
                        where id = ? and status = 'SENT' and reminded_at is null""", Workplaces.hash(token), w.id()) != 1) {
                    return false;
                }
                notifications.email(recipient, messages.getMessage("tal.found.reminderSubject", null, swedish),
                        messages.getMessage("tal.found.reminderText", new Object[] {w.contactName(), w.pupil(), w.school(), w.workplace(),
                                w.startsOn().toString(), w.endsOn().toString(), publicUrl + "/e-tjanster/tillarbetslivet/egen-plats/" + token},
                                swedish));
                audit.recordWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, "påminnelse", null, "tillarbetslivet.found-place", w.id(),
                        w.org(), "the contact person reminded by e-mail with a new link");
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        log.info("Tillarbetslivet: {} reminders of {} unanswered own places sent", sent, waiting.size());
        return sent;
    }
}
