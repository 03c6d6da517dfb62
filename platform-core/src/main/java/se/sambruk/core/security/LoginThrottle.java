package se.sambruk.core.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account. Failed sign-ins are
 * counted under three keys, in the database (so every node sees them): the client address, the
 * username from that address, and the username from anywhere. Each key allows some failures
 * free; after that every failure makes the key wait twice as long before the next attempt (1 s,
 * 2 s, 4 s, ...), up to a cap. The username's own key is capped at {@link #USERNAME_CAP}, so a
 * stranger can slow an account by half a minute at most, never lock it: its owner, signing in
 * from another address, waits at most that. A key's count is forgotten {@code lockout} after its
 * last failure; a successful sign-in clears the username-and-address key.
 */
@Component
class LoginThrottle {

    static final Duration USERNAME_CAP = Duration.ofSeconds(30);

    /** One counter's rule: failures allowed before delays start, and the longest delay. */
    record Rule(int free, Duration cap) {

        /** How long the key waits after its {@code failures}-th failure. */
        Duration delayAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Rule perAddress;
    private final Rule perUsernameAndAddress;
    private final Rule perUsername;
    private final Duration forgetAfter;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perUsernameAndAddress = new Rule(settings.maxFailedLogins(), settings.lockout());
        this.perAddress = new Rule(settings.failedLoginsPerAddress(), settings.lockout());
        this.perUsername = new Rule(settings.failedLoginsPerUsername(), USERNAME_CAP);
        this.forgetAfter = settings.lockout();
    }

    /** How long this attempt must wait still; empty when it may go ahead. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        List<Timestamp> until = jdbc.queryForList("select next_allowed_at from core.login_throttle where throttle_key in (?, ?, ?) "
                + "and next_allowed_at > ?", Timestamp.class, addressKey(address), pairKey(username, address), usernameKey(username),
                Timestamp.from(now));
        return until.stream().map(Timestamp::toInstant).max(Instant::compareTo).map(latest -> Duration.between(now, latest));
    }

    /** Counts a failed sign-in under its three keys. */
    void failed(String username, String address) {
        count(addressKey(address), perAddress);
        count(pairKey(username, address), perUsernameAndAddress);
        count(usernameKey(username), perUsername);
    }

    void succeeded(String username, String address) {
        jdbc.update("delete from core.login_throttle where throttle_key = ?", pairKey(username, address));
    }

    private void count(String key, Rule rule) {
        Instant now = clock.instant();
        List<Integer> before = jdbc.queryForList("select failures from core.login_throttle where throttle_key = ? and last_failure_at > ?",
                Integer.class, key, Timestamp.from(now.minus(forgetAfter)));
        int failures = (before.isEmpty() ? 0 : before.get(0)) + 1;
        Timestamp next = Timestamp.from(now.plus(rule.delayAfter(failures)));
        jdbc.update("""
                insert into core.login_throttle (throttle_key, failures, last_failure_at, next_allowed_at) values (?, ?, ?, ?)
                on conflict (throttle_key) do update set failures = excluded.failures, last_failure_at = excluded.last_failure_at,
                next_allowed_at = excluded.next_allowed_at""", key, failures, Timestamp.from(now), next);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pairKey(String username, String address) {
        return "username+address:" + normal(username) + "|" + address;
    }

    private static String usernameKey(String username) {
        return "username:" + normal(username);
    }

    private static String normal(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 150 ? name.substring(0, 150) : name;
    }
}
