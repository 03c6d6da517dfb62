package se.sambruk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one limiter for public forms that send mail or forward to a municipality (a resident's
 * report, a comment, a membership application, ...): each use is counted per client address and
 * per recipient (an e-mail address, or what the form writes to, such as a report), in the
 * database so every node counts together. A use over either limit within the window is refused
 * and not counted; the form then shows an inline message and keeps what was typed. Addresses and
 * recipients are stored only as SHA-256 hashes, and for a day. Addresses listed in
 * {@code sambruk.public-forms.exempt-addresses} are not limited (the tests' 127.0.0.1).
 */
@Component
public class PublicFormLimits {

    /** At most {@code perAddress} uses from one client address and {@code perRecipient} to one recipient per {@code window}. */
    public record Limit(int perAddress, int perRecipient, Duration window) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<String> exemptAddresses;

    PublicFormLimits(JdbcTemplate jdbc, Clock clock,
                     @Value("${sambruk.public-forms.exempt-addresses:}") List<String> exemptAddresses) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exemptAddresses = Set.copyOf(exemptAddresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
    }

    /**
     * Counts one use of the form by the client address for the recipients, when none of them has
     * reached its limit; false (nothing counted) otherwise.
     */
    @Transactional
    public boolean allow(String form, Limit limit, String clientAddress, String... recipients) {
        if (exemptAddresses.contains(clientAddress)) {
            return true;
        }
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(limit.window()));
        List<String> keys = new ArrayList<>();
        keys.add(hash("address:" + clientAddress));
        for (String recipient : recipients) {
            if (recipient != null && !recipient.isBlank()) {
                keys.add(hash("recipient:" + recipient.strip().toLowerCase(Locale.ROOT)));
            }
        }
        jdbc.update("delete from core.public_form_use where used_at < ?", Timestamp.from(now.minus(Duration.ofDays(1)).minus(limit.window())));
        for (int i = 0; i < keys.size(); i++) {
            // one lock per key, so two nodes counting the same key at once do not both let the last use through
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", form + keys.get(i));
            Integer used = jdbc.queryForObject("select count(*) from core.public_form_use where form = ? and key_hash = ? and used_at > ?",
                    Integer.class, form, keys.get(i), since);
            if (used != null && used >= (i == 0 ? limit.perAddress() : limit.perRecipient())) {
                return false;
            }
        }
        for (String key : keys) {
            jdbc.update("insert into core.public_form_use (form, key_hash, used_at) values (?, ?, ?)", form, key, Timestamp.from(now));
        }
        return true;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
