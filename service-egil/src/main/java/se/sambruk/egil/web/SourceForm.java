package se.sambruk.egil.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.sambruk.egil.sources.Source;

/** A source as the administrator enters it; the client secret is write-only. */
class SourceForm {

    @NotBlank
    @Size(max = 120)
    private String name;
    @NotNull
    private Source.Kind kind = Source.Kind.SS12000;
    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$")
    private String baseUrl;
    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$")
    private String tokenUrl;
    @Size(max = 200)
    private String clientId;
    @Size(max = 500)
    private String clientSecret;
    @Size(max = 200)
    private String scope;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Source.Kind getKind() { return kind; }
    public void setKind(Source.Kind kind) { this.kind = kind; }
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
}
