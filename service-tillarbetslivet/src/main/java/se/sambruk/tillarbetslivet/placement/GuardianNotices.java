package se.sambruk.tillarbetslivet.placement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;

/**
 * The guardians' e-mail when a placement is published: the place, the times, the supervisor and the
 * employer's risk assessment, to every guardian address of the pupil. Sent once per placement: the
 * notice row and the mails are written in one transaction, and a second publication is refused.
 */
@Service
public class GuardianNotices {

    public static final int MAX_GUARDIANS = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]{1,64}@[^@\\s,;]+\\.[^@\\s,;]+$");

    public record Notice(String recipients, String sentBy, Instant sentAt) {
    }

    /** The mail as the guardians get it. */
    public record Mail(String subject, String text) {
    }

    /** Why publishing was refused; the message is a key in the module's bundle. */
    public static final class Refused extends RuntimeException {
        public Refused(String key) {
            super(key, null, false, false);
        }
    }

    private final JdbcTemplate jdbc;
    private final Notifications notifications;

    GuardianNotices(JdbcTemplate jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** The addresses in the text (one a line, or separated by commas, semicolons or spaces), or null if any is not an address. */
    public static List<String> parseEmails(String text) {
        List<String> emails = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[\\s,;]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.length() > 200 || !EMAIL.matcher(part).matches()) {
                return null;
            }
            String email = part.toLowerCase(Locale.ROOT);
            if (!emails.contains(email)) {
                emails.add(email);
            }
        }
        return emails;
    }

    public Optional<Notice> notice(long org, long placementId) {
        return jdbc.query("select recipients, sent_by, sent_at from tillarbetslivet.guardian_notice where organisation_id = ? and placement_id = ?",
                (rs, i) -> new Notice(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), org, placementId).stream().findFirst();
    }

    /** Publishes the placement to the guardians: one mail each, recorded once. */
    @Transactional
    public Notice publish(long org, long placementId, List<String> guardians, boolean hasSchedule, String riskAssessment, Mail mail, String by) {
        if (guardians.isEmpty()) {
            throw new Refused("tal.guardians.noEmails");
        }
        if (!hasSchedule) {
            throw new Refused("tal.guardians.noSchedule");
        }
        if (riskAssessment.isBlank()) {
            throw new Refused("tal.guardians.noRiskAssessment");
        }
        String recipients = String.join(", ", guardians);
        int inserted = jdbc.update("""
                insert into tillarbetslivet.guardian_notice (placement_id, organisation_id, recipients, sent_by) values (?, ?, ?, ?)
                on conflict (placement_id) do nothing""", placementId, org, recipients, by);
        if (inserted == 0) {
            throw new Refused("tal.guardians.alreadySent");
        }
        for (String guardian : guardians) {
            notifications.email(guardian, mail.subject(), mail.text());
        }
        return notice(org, placementId).orElseThrow();
    }
}
