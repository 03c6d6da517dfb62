package se.sambruk.core.security;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.sambruk.core.Roles;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;

/**
 * No default password in production: the first administrator comes from configuration
 * ({@code sambruk.bootstrap.admin-username} and {@code -password}), or, when those are unset,
 * through the page {@code /setup} with a one-time token printed to the log at start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUsers users;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final String username;
    private final String password;
    private volatile String setupToken;

    FirstAdministrator(AppUsers users, UserAccounts accounts, Organisations organisations,
                       @Value("${sambruk.bootstrap.admin-username:}") String username,
                       @Value("${sambruk.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (administratorExists()) {
            return;
        }
        if (!username.isBlank() && !password.isBlank()) {
            create(username, "Administratör", password);
            log.info("Created the first administrator '{}' from configuration", username);
            return;
        }
        setupToken = UserAccounts.newSecret();
        log.warn("""

                ======================================================================
                No administrator exists. Create the first one at /setup with this
                one-time setup token (valid until an administrator exists):
                    {}
                ======================================================================""", setupToken);
    }

    boolean administratorExists() {
        return users.existsWithRole(Roles.SAMBRUK_ADMIN);
    }

    /** Whether setup is open: no administrator yet, and a token was issued. */
    boolean setupOpen() {
        return setupToken != null && !administratorExists();
    }

    boolean tokenMatches(String token) {
        return setupOpen() && token != null
                && java.security.MessageDigest.isEqual(setupToken.getBytes(), token.trim().getBytes());
    }

    synchronized void completeSetup(String token, String newUsername, String displayName, String newPassword) {
        if (!tokenMatches(token)) {
            throw new IllegalArgumentException("setup.token.invalid");
        }
        create(newUsername, displayName, newPassword);
        setupToken = null;
    }

    private void create(String newUsername, String displayName, String newPassword) {
        Organisation sambruk = sambruk().orElseThrow(() -> new IllegalStateException("The register has no organisation of type ASSOCIATION"));
        accounts.createUser(newUsername, displayName, null, sambruk.getId(), Set.of(Roles.SAMBRUK_ADMIN), newPassword);
    }

    private Optional<Organisation> sambruk() {
        return organisations.search(OrganisationType.ASSOCIATION, null, org.springframework.data.domain.PageRequest.of(0, 1))
                .stream().findFirst();
    }
}
