package se.sambruk.egil.sources;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where an organiser's school data comes from: its SS 12000 API, or CSV files uploaded by hand. An
 * API source's connection (addresses, client, sealed secret, the start of its last complete read)
 * is platform-schooldata's stored connection under the key {@code egil/<id>} ({@link SourceConnection}).
 */
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
    public Instant getLastReadAt() { return lastReadAt; }
    public String getLastReadSummary() { return lastReadSummary; }
    public Instant getCreatedAt() { return createdAt; }

    void readDone(Instant at, String summary) {
        this.lastReadAt = at;
        this.lastReadSummary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }
}
