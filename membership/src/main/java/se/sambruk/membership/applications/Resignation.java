package se.sambruk.membership.applications;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's notice of resignation: when it came, the notice period, and when the membership ends. */
@Entity
@Table(name = "resignation", schema = "membership")
public class Resignation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private LocalDate noticeReceived;
    private int noticeMonths;
    private LocalDate endsOn;
    private String reason;
    private String recordedBy;
    private Instant recordedAt = Instant.now();

    protected Resignation() {
    }

    Resignation(long organisationId, LocalDate noticeReceived, int noticeMonths, String reason, String recordedBy) {
        this.organisationId = organisationId;
        this.noticeReceived = noticeReceived;
        this.noticeMonths = noticeMonths;
        this.endsOn = endOfNotice(noticeReceived, noticeMonths);
        this.reason = reason;
        this.recordedBy = recordedBy;
    }

    /**
     * The last day of membership: the notice period runs, and the membership lasts to the end of that calendar year: the
     * fee is for whole years, and the annual meeting's accounts follow the calendar year.
     */
    static LocalDate endOfNotice(LocalDate noticeReceived, int noticeMonths) {
        LocalDate periodRunsOut = noticeReceived.plusMonths(noticeMonths);
        return periodRunsOut.withDayOfYear(periodRunsOut.lengthOfYear());
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public LocalDate getNoticeReceived() { return noticeReceived; }
    public int getNoticeMonths() { return noticeMonths; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
