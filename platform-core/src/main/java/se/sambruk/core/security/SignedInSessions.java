package se.sambruk.core.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions at once, on every node: the sessions are rows in
 * {@code core.spring_session}, indexed by the principal's name (the username), so deleting them
 * signs the user out everywhere; their next request meets the login page and a fresh check of
 * the account (enabled, roles). Used when a user is disabled or their roles change.
 */
@Component
class SignedInSessions {

    private final JdbcTemplate jdbc;

    SignedInSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session of the user; how many there were. */
    int end(String username) {
        return jdbc.update("delete from core.spring_session where lower(principal_name) = lower(?)", username);
    }
}
