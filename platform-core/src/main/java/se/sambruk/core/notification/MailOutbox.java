package se.sambruk.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.ClusterJobs;

/**
 * Sends what waits in the outbox. Each mail is locked, sent and marked in one transaction, so
 * two nodes never send the same mail and a crash before the mark leaves it for the next run.
 * A mail the server refuses is tried again later with a growing pause (1 min, 2 min, 4 min ...
 * at most 6 h) and stays visible with the server's answer.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration MAX_PAUSE = Duration.ofHours(6);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> sender;
    private final ClusterJobs jobs;
    private final String from;

    MailOutbox(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender, ClusterJobs jobs,
               @Value("${sambruk.mail.from:noreply@sambruk.se}") String from) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.jobs = jobs;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${sambruk.mail.send-every:PT5S}", initialDelayString = "PT5S")
    void scheduled() {
        jobs.runAlone("mail-outbox", this::sendDue);
    }

    /** Sends every mail that is due now; returns how many the server took. */
    public int sendDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return 0; // no mail server configured (spring.mail.host): mails wait, nothing is lost
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<Boolean> outcome = transactions.execute(status -> sendNext(mailSender));
            if (outcome == null || outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Boolean> sendNext(JavaMailSender mailSender) {
        List<Pending> due = jdbc.query("""
                select id, recipient, subject, body, attempts from core.outgoing_mail
                where sent_at is null and next_attempt_at <= now()
                order by next_attempt_at, id limit 1 for update skip locked""",
                (rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Pending mail = due.get(0);
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            mailSender.send(message);
            jdbc.update("update core.outgoing_mail set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?", mail.id());
            return Optional.of(true);
        } catch (MailException e) {
            Duration pause = pauseAfter(mail.attempts() + 1);
            log.warn("Mail {} to the mail server failed (attempt {}), next try in {}: {}", mail.id(), mail.attempts() + 1, pause, e.getMessage());
            jdbc.update("update core.outgoing_mail set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                    shorten(String.valueOf(e.getMessage())), java.sql.Timestamp.from(Instant.now().plus(pause)), mail.id());
            return Optional.of(false);
        }
    }

    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private static String shorten(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts) {
    }
}
