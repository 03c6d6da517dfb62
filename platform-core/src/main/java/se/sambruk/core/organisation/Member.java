package se.sambruk.core.organisation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation's membership of the association Sambruk. */
@Entity
@Table(name = "member", schema = "core")
public class Member {

    @Id
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private LocalDate memberSince;
    private LocalDate memberUntil;
    private String note;
    /** The address of the member's membership application; set once, from the application, never by staff's forms. */
    private String contactEmail;
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Member() {
    }

    public Member(long organisationId, MemberStatus status, LocalDate memberSince) {
        this.organisationId = organisationId;
        this.status = status;
        this.memberSince = memberSince;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getOrganisationId() { return organisationId; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public LocalDate getMemberSince() { return memberSince; }
    public void setMemberSince(LocalDate memberSince) { this.memberSince = memberSince; }
    public LocalDate getMemberUntil() { return memberUntil; }
    public void setMemberUntil(LocalDate memberUntil) { this.memberUntil = memberUntil; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getContactEmail() { return contactEmail; }
    void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public boolean isActive() { return status == MemberStatus.ACTIVE || status == MemberStatus.RESIGNING; }
}
