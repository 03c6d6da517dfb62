package se.sambruk.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;

/**
 * One-time links by which users choose their own password: a new user gets one (an invitation)
 * instead of a password set by whoever created them, and an administrator may send a fresh one
 * (a reset). The link goes by e-mail to the user's own address, through the outbox; only the
 * SHA-256 of its token is stored. It works once, for {@code sambruk.security.password-link-ttl}
 * (default 72 hours), and a newer link replaces older ones.
 */
@Component
class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicUrl;
    private final Duration ttl;

    PasswordLinks(JdbcTemplate jdbc, Notifications notifications, Clock clock,
                  @Value("${sambruk.public-url:${SAMBRUK_PUBLIC_URL:http://localhost:8080}}") String publicUrl,
                  @Value("${sambruk.security.password-link-ttl:72h}") Duration ttl) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.ttl = ttl;
    }

    /** Mails the user a new link (the user must have an e-mail address); older links stop working. */
    @Transactional
    void send(AppUser user, boolean invitation) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new IllegalArgumentException("user.email.missing");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("delete from core.password_link where user_id = ?", user.getId());
        jdbc.update("insert into core.password_link (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)",
                hash(token), user.getId(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plus(ttl)));
        String link = publicUrl + PasswordLinkController.PATH + "/" + token;
        String subject = invitation ? "Välkommen till Sambruk" : "Välj ett nytt lösenord i Sambruk";
        String text = (invitation ? "Hej " + user.getDisplayName() + "!\n\nDu har fått ett konto i Sambruks plattform med användarnamnet "
                + user.getUsername() + ".\n\nVälj ditt lösenord här:\n"
                : "Hej " + user.getDisplayName() + "!\n\nEn administratör har skickat dig en länk för att välja ett nytt lösenord:\n")
                + link + "\n\nLänken fungerar en gång och i " + ttl.toHours() + " timmar. Har du inte väntat dig detta kan du bortse från brevet.";
        notifications.email(user.getEmail(), subject, text);
    }

    /** The user the link is for, while it is unused and unexpired. */
    Optional<Long> userOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<Long> users = jdbc.queryForList("select user_id from core.password_link where token_hash = ? and used_at is null and expires_at > ?",
                Long.class, hash(token), Timestamp.from(clock.instant()));
        return users.stream().findFirst();
    }

    /** Marks the link used; false when it was no longer valid (used by a request at the same time). */
    boolean use(String token) {
        return jdbc.update("update core.password_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?",
                Timestamp.from(clock.instant()), hash(token), Timestamp.from(clock.instant())) == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
