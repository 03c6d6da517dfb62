package se.sambruk.core.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.organisation.Organisations;

/** Creates users and machine clients; the one place where passwords and secrets are hashed. */
@Service
public class UserAccounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUsers users;
    private final ApiClients clients;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUsers users, ApiClients clients, Organisations organisations, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.clients = clients;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AppUser createUser(String username, String displayName, String email, long organisationId,
                              Set<String> roles, String rawPassword) {
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("username.taken");
        }
        if (!organisations.existsById(organisationId)) {
            throw new IllegalArgumentException("organisation.unknown");
        }
        AppUser user = new AppUser(username.trim(), displayName.trim(), organisationId);
        user.setEmail(email == null || email.isBlank() ? null : email.trim());
        user.getRoles().addAll(roles);
        if (rawPassword != null) {
            checkPassword(rawPassword);
            user.setPasswordHash(passwordEncoder.encode(rawPassword));
        }
        return users.save(user);
    }

    @Transactional
    public void setPassword(AppUser user, String rawPassword) {
        checkPassword(rawPassword);
        user.setPasswordHash(passwordEncoder.encode(rawPassword));
        user.unlock();
    }

    /** Registers a machine client with a generated secret, returned once and stored only hashed. */
    @Transactional
    public NewClient registerClient(String clientId, String name, long organisationId, Set<String> scopes) {
        return registerClient(clientId, name, organisationId, scopes, newSecret());
    }

    @Transactional
    public NewClient registerClient(String clientId, String name, long organisationId, Set<String> scopes, String secret) {
        if (clients.existsByClientId(clientId)) {
            throw new IllegalArgumentException("client.taken");
        }
        if (!ApiClient.KNOWN_SCOPES.containsAll(scopes) || scopes.isEmpty()) {
            throw new IllegalArgumentException("client.scopes.unknown");
        }
        ApiClient client = clients.save(new ApiClient(clientId, passwordEncoder.encode(secret), name, organisationId, scopes));
        return new NewClient(client, secret);
    }

    public record NewClient(ApiClient client, String secret) {
    }

    /** @throws IllegalArgumentException with the message key when the password may not be used ({@link PasswordRules}) */
    static void checkPassword(String rawPassword) {
        PasswordRules.problem(rawPassword).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
