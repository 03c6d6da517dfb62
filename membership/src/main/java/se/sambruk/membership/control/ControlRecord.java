package se.sambruk.membership.control;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a member exercised its control over the association on one occasion (Teckal evidence). */
@Entity
@Table(name = "control_record", schema = "membership")
public class ControlRecord {

    /** Message key {@code membership.control.kind.NAME}. */
    public enum Kind { ANNUAL_MEETING_VOTE, COUNCIL_SEAT, COUNCIL_VOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate occurredOn;
    private String description;
    private String recordedBy;
    private Instant recordedAt = Instant.now();

    protected ControlRecord() {
    }

    public ControlRecord(long organisationId, Kind kind, LocalDate occurredOn, String description, String recordedBy) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.description = description;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public Kind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getDescription() { return description; }
    public String getRecordedBy() { return recordedBy; }
}
