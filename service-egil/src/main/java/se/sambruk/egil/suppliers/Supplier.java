package se.sambruk.egil.suppliers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A learning-material supplier (or DNP) that takes the organiser's accounts over SCIM 2.0 in
 * EGIL's profile: where, how it authenticates us and we it, what it gets (the selection), and
 * the safety rules of its runs.
 */
@Entity
@Table(schema = "egil", name = "supplier")
public class Supplier {

    public enum AuthKind { MTLS_PIN, MTLS_FEDERATION, API_KEY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private String name;
    private String baseUrl;
    @Enumerated(EnumType.STRING)
    private AuthKind authKind = AuthKind.MTLS_PIN;
    private String pinSha256;
    private String clientCertificateCipher;
    private String clientPasswordCipher;
    private String apiKeyHeader;
    private String apiKeyCipher;
    private String federationMetadataUrl;
    private String federationSigningKey;
    private String federationEntityId;
    private boolean dnp;
    private boolean simulated;
    private boolean enabled = true;
    private String schoolUnitIds = "";
    private String schoolTypes = "";
    private String schoolYears = "";
    private String groupTypes = "";
    private String groupIds = "";
    private boolean includeTeachers = true;
    private String excludedPersonIds = "";
    private int maxDeletes = 50;
    private int maxChangePercent = 10;
    private int deletionDelayDays;
    private int requestsPerSecond = 50;
    private int maxInFlight = 8;
    private Instant createdAt = Instant.now();

    protected Supplier() {
    }

    public Supplier(long organisationId, String name, String baseUrl) {
        this.organisationId = organisationId;
        this.name = name;
        this.baseUrl = baseUrl;
    }

    public Selection selection() {
        return new Selection(Selection.uuids(schoolUnitIds), Selection.words(schoolTypes), Selection.years(schoolYears),
                Selection.words(groupTypes), Selection.uuids(groupIds), includeTeachers, Selection.uuids(excludedPersonIds));
    }

    public void select(Selection selection) {
        this.schoolUnitIds = Selection.join(selection.schoolUnitIds());
        this.schoolTypes = Selection.join(selection.schoolTypes());
        this.schoolYears = Selection.join(selection.schoolYears());
        this.groupTypes = Selection.join(selection.groupTypes());
        this.groupIds = Selection.join(selection.groupIds());
        this.includeTeachers = selection.includeTeachers();
        this.excludedPersonIds = Selection.join(selection.excludedPersonIds());
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public AuthKind getAuthKind() { return authKind; }
    public void setAuthKind(AuthKind authKind) { this.authKind = authKind; }
    public String getPinSha256() { return pinSha256; }
    public void setPinSha256(String pinSha256) { this.pinSha256 = pinSha256; }
    public String getClientCertificateCipher() { return clientCertificateCipher; }
    public void setClientCertificateCipher(String cipher) { this.clientCertificateCipher = cipher; }
    public String getClientPasswordCipher() { return clientPasswordCipher; }
    public void setClientPasswordCipher(String cipher) { this.clientPasswordCipher = cipher; }
    public boolean hasClientCertificate() { return clientCertificateCipher != null; }
    public String getApiKeyHeader() { return apiKeyHeader; }
    public void setApiKeyHeader(String apiKeyHeader) { this.apiKeyHeader = apiKeyHeader; }
    public String getApiKeyCipher() { return apiKeyCipher; }
    public void setApiKeyCipher(String apiKeyCipher) { this.apiKeyCipher = apiKeyCipher; }
    public boolean hasApiKey() { return apiKeyCipher != null; }
    public String getFederationMetadataUrl() { return federationMetadataUrl; }
    public void setFederationMetadataUrl(String url) { this.federationMetadataUrl = url; }
    public String getFederationSigningKey() { return federationSigningKey; }
    public void setFederationSigningKey(String key) { this.federationSigningKey = key; }
    public String getFederationEntityId() { return federationEntityId; }
    public void setFederationEntityId(String entityId) { this.federationEntityId = entityId; }
    public boolean isDnp() { return dnp; }
    public void setDnp(boolean dnp) { this.dnp = dnp; }
    public boolean isSimulated() { return simulated; }
    public void setSimulated(boolean simulated) { this.simulated = simulated; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getMaxDeletes() { return maxDeletes; }
    public void setMaxDeletes(int maxDeletes) { this.maxDeletes = maxDeletes; }
    public int getMaxChangePercent() { return maxChangePercent; }
    public void setMaxChangePercent(int maxChangePercent) { this.maxChangePercent = maxChangePercent; }
    public int getDeletionDelayDays() { return deletionDelayDays; }
    public void setDeletionDelayDays(int days) { this.deletionDelayDays = days; }
    public int getRequestsPerSecond() { return requestsPerSecond; }
    public void setRequestsPerSecond(int requestsPerSecond) { this.requestsPerSecond = requestsPerSecond; }
    public int getMaxInFlight() { return maxInFlight; }
    public void setMaxInFlight(int maxInFlight) { this.maxInFlight = maxInFlight; }
    public Instant getCreatedAt() { return createdAt; }
}
