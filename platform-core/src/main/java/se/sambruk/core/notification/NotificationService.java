package se.sambruk.core.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.sambruk.core.Notifications;

/** Queues e-mails in the outbox and lists notices for users, in the caller's transaction. */
@Service
class NotificationService implements Notifications {

    private final JdbcTemplate jdbc;

    NotificationService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void email(String to, String subject, String text) {
        if (!StringUtils.hasText(to) || !to.contains("@")) {
            throw new IllegalArgumentException("Not an e-mail address: " + to);
        }
        jdbc.update("insert into core.outgoing_mail (recipient, subject, body) values (?, ?, ?)",
                to.strip(), shorten(subject, 300), text);
    }

    @Override
    @Transactional
    public void notifyUser(long userId, String subject, String text, String link) {
        jdbc.update("insert into core.user_notification (user_id, subject, body, link) values (?, ?, ?, ?)",
                userId, shorten(subject, 300), text, link);
        jdbc.queryForList("select email from core.app_user where id = ? and enabled", String.class, userId).stream()
                .filter(StringUtils::hasText)
                .findFirst()
                .ifPresent(address -> email(address, subject, text));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
