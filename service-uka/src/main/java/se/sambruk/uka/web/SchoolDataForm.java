package se.sambruk.uka.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The municipality's SS 12000 connection: the API's address, the token endpoint, the client, and whether to read it every night. */
class SchoolDataForm {

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
}
