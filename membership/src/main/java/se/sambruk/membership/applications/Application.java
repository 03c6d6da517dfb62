package se.sambruk.membership.applications;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation's application for membership, and the board's decision on it. */
@Entity
@Table(name = "application", schema = "membership")
public class Application {

    public enum Status { SUBMITTED, APPROVED, REJECTED }

    /** What kind of organisation applies; the fee schedule tells municipalities from others. */
    public enum Kind { MUNICIPALITY, REGION, KOMMUNALFORBUND, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationName;
    private String orgNumber;
    @Enumerated(EnumType.STRING)
    private Kind organisationKind;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String motivation;
    @Column(updatable = false)
    private Instant submittedAt = Instant.now();
    @Enumerated(EnumType.STRING)
    private Status status = Status.SUBMITTED;
    private Long organisationId;
    private LocalDate boardDecidedOn;
    private LocalDate startsOn;
    private boolean rejoining;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(String organisationName, String orgNumber, Kind kind, String contactName, String contactEmail,
                String contactPhone, String motivation) {
        this.organisationName = organisationName;
        this.orgNumber = orgNumber;
        this.organisationKind = kind;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.motivation = motivation;
    }

    void approve(long organisationId, LocalDate boardDecidedOn, LocalDate startsOn, boolean rejoining, String note, String by) {
        requireOpen();
        this.status = Status.APPROVED;
        this.organisationId = organisationId;
        this.boardDecidedOn = boardDecidedOn;
        this.startsOn = startsOn;
        this.rejoining = rejoining;
        decided(note, by);
    }

    void reject(LocalDate boardDecidedOn, String note, String by) {
        requireOpen();
        this.status = Status.REJECTED;
        this.boardDecidedOn = boardDecidedOn;
        decided(note, by);
    }

    private void decided(String note, String by) {
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    private void requireOpen() {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("membership.application.decided");
        }
    }

    public boolean isOpen() { return status == Status.SUBMITTED; }
    public Long getId() { return id; }
    public String getOrganisationName() { return organisationName; }
    public String getOrgNumber() { return orgNumber; }
    public Kind getOrganisationKind() { return organisationKind; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getMotivation() { return motivation; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Status getStatus() { return status; }
    public Long getOrganisationId() { return organisationId; }
    public LocalDate getBoardDecidedOn() { return boardDecidedOn; }
    public LocalDate getStartsOn() { return startsOn; }
    public boolean isRejoining() { return rejoining; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
