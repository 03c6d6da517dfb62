package se.sambruk.schooldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A stored SS 12000 connection as a form: the API's address, the token endpoint, the client, its
 * secret (blank keeps the stored one), the scope, and whether to read every night. A service whose
 * connection carries more (Tillarbetslivet's school years) extends it. The addresses are checked by
 * {@link SchoolDataConnections#save} with the core's outgoing-URL guard.
 */
public class SchoolDataConnectionForm {

    @NotBlank
    @Size(max = 500)
    private String baseUrl;
    @NotBlank
    @Size(max = 500)
    private String tokenUrl;
    @NotBlank
    @Size(max = 200)
    private String clientId;
    /** Blank keeps the stored secret. */
    @Size(max = 500)
    private String clientSecret;
    @Size(max = 200)
    private String scope;
    private boolean nightly;

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public boolean isNightly() { return nightly; }
    public void setNightly(boolean nightly) { this.nightly = nightly; }

    /** The form with a stored connection's details (never its secret). */
    public void fill(SchoolDataConnections.Connection connection) {
        baseUrl = connection.baseUrl();
        tokenUrl = connection.tokenUrl();
        clientId = connection.clientId();
        scope = connection.scope();
        nightly = connection.nightly();
    }

    /** The new secret, or null to keep the stored one. */
    String newSecret() {
        return clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip();
    }

    String scopeOrNull() {
        return scope == null || scope.isBlank() ? null : scope.strip();
    }
}
