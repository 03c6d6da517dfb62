package se.sambruk.egil.sources;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an organiser's school data comes from: its SS 12000 API, or CSV files uploaded by hand. */
@Entity
@Table(schema = "egil", name = "source")
public class Source {

    public enum Kind { SS12000, CSV }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String baseUrl;
    private String tokenUrl;
    private String clientId;
    @Column(name = "client_secret_cipher")
    private String clientSecretCipher;
    private String scope;
    private Instant modifiedCursor;
    private Instant lastReadAt;
    private String lastReadSummary;
    private Instant createdAt = Instant.now();

    protected Source() {
    }

    public Source(long organisationId, String name, Kind kind) {
        this.organisationId = organisationId;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Kind getKind() { return kind; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecretCipher() { return clientSecretCipher; }
    public void setClientSecretCipher(String clientSecretCipher) { this.clientSecretCipher = clientSecretCipher; }
    public boolean hasClientSecret() { return clientSecretCipher != null; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public Instant getModifiedCursor() { return modifiedCursor; }
    public void setModifiedCursor(Instant modifiedCursor) { this.modifiedCursor = modifiedCursor; }
    public Instant getLastReadAt() { return lastReadAt; }
    public String getLastReadSummary() { return lastReadSummary; }
    public Instant getCreatedAt() { return createdAt; }

    void readDone(Instant at, String summary) {
        this.lastReadAt = at;
        this.lastReadSummary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }
}
