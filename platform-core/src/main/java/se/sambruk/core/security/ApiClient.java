package se.sambruk.core.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A municipal system that calls the REST API with OAuth2 client credentials. */
@Entity
@Table(name = "api_client", schema = "core")
public class ApiClient {

    /** The scopes a client may be granted. */
    public static final Set<String> KNOWN_SCOPES = Set.of("register.read", "register.write", "costs.read", "councils.read", "councils.write", "operations.read");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String clientId;
    private String secretHash;
    private String name;
    private long organisationId;
    /** Space separated, as OAuth2 writes scopes. */
    private String scopes;
    private boolean enabled = true;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secretHash, String name, long organisationId, Set<String> scopes) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.name = name;
        this.organisationId = organisationId;
        this.scopes = String.join(" ", scopes);
    }

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getSecretHash() { return secretHash; }
    public String getName() { return name; }
    public long getOrganisationId() { return organisationId; }
    public String getScopes() { return scopes; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Instant getCreatedAt() { return createdAt; }
}
