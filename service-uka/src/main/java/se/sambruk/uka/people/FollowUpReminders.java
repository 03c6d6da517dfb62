package se.sambruk.uka.people;

import java.sql.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;

/**
 * Every morning, on one node, each open follow-up due today or earlier that has not been reminded of
 * becomes a notice (the core's Notifications: in the app and by e-mail) to the person's caseworker,
 * or else to whoever set the follow-up. The notice names no one: it links to the person's page.
 * Each reminder is marked in the same transaction as its notice, so it is sent once.
 */
@Component
public class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final Register register;
    private final TransactionTemplate transactions;

    FollowUpReminders(JdbcTemplate jdbc, Notifications notifications, ClusterJobs jobs, Register register,
                      PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.jobs = jobs;
        this.register = register;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${sambruk.uka.reminder-cron:0 0 7 * * *}")
    void morning() {
        jobs.runAlone("uka-reminders", this::sendDue);
    }

    private record Due(long id, long personId, Date due, long userId) {
    }

    /** Sends the reminders due today; the number sent. */
    public int sendDue() {
        List<Due> due = jdbc.query("select f.id, f.person_id, f.due_date, coalesce(p.caseworker_user_id, f.created_by_user_id) "
                + "from uka.follow_up f join uka.young_person p on p.id = f.person_id and p.organisation_id = f.organisation_id "
                + "where f.done_at is null and f.reminded_at is null and f.due_date <= ? and p.anonymised_at is null "
                + "and coalesce(p.caseworker_user_id, f.created_by_user_id) is not null order by f.due_date, f.id",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getDate(3), rs.getLong(4)), Date.valueOf(register.today()));
        int sent = 0;
        for (Due d : due) {
            Boolean done = transactions.execute(status -> {
                if (jdbc.update("update uka.follow_up set reminded_at = now() where id = ? and reminded_at is null", d.id()) != 1) {
                    return false;
                }
                notifications.notifyUser(d.userId(), "UKA: en uppföljning att göra",
                        "En uppföljning i UKA ska göras senast " + d.due().toLocalDate() + ". Öppna personens sida för att se vad som ska följas upp.",
                        "/uka/personer/" + d.personId() + "#uppfoljning");
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("UKA: {} follow-up reminders sent", sent);
        }
        return sent;
    }
}
