package se.sambruk.core.councils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/**
 * A council meeting and its minutes (protokoll): the agenda, who attended for which organisation,
 * and the numbered decisions (§1, §2 ...). Until the minutes are approved the chair adds to them;
 * {@link #approve} locks the meeting for good, and every change after it is refused here, in the
 * aggregate, whoever asks.
 */
@Entity
@Table(name = "council_meeting", schema = "core")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long serviceId;
    private String title;
    private Instant heldAt;
    private String place;
    private String createdBy;
    private Instant approvedAt;
    private String approvedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_agenda_item", schema = "core", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_attendance", schema = "core", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Attendance> attendance = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_decision", schema = "core", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "paragraph")
    @ListIndexBase(1)
    private List<Decision> decisions = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(long serviceId, String title, Instant heldAt, String place, String createdBy) {
        this.serviceId = serviceId;
        this.title = title;
        this.heldAt = heldAt;
        this.place = place;
        this.createdBy = createdBy;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    private void requireDraft() {
        if (isApproved()) {
            throw new IllegalStateException("minutes.locked");
        }
    }

    void addAgendaItem(String itemTitle, Long proposalId) {
        requireDraft();
        agenda.add(new AgendaItem(itemTitle, proposalId));
    }

    /** Records who represented an organisation at the meeting; an empty name removes the organisation from the list. */
    void recordAttendance(long organisationId, String organisationName, String representedBy) {
        requireDraft();
        attendance.removeIf(present -> present.organisationId == organisationId);
        if (representedBy != null && !representedBy.isBlank()) {
            attendance.add(new Attendance(organisationId, organisationName, representedBy.strip()));
        }
    }

    /** Adds a decision as the next paragraph and returns its number. */
    int addDecision(String text, Long proposalId, Long roundId, Long priorityRoundId) {
        requireDraft();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("minutes.decision.required");
        }
        decisions.add(new Decision(text.strip(), proposalId, roundId, priorityRoundId));
        return decisions.size();
    }

    boolean records(Long roundId, Long priorityRoundId) {
        return decisions.stream().anyMatch(decision -> roundId != null && roundId.equals(decision.roundId)
                || priorityRoundId != null && priorityRoundId.equals(decision.priorityRoundId));
    }

    /** Approves the minutes; from now on nothing in the meeting changes. */
    void approve(String by, Instant now) {
        requireDraft();
        if (decisions.isEmpty()) {
            throw new IllegalStateException("minutes.empty");
        }
        approvedAt = now;
        approvedBy = by;
    }

    public Long getId() { return id; }
    public long getServiceId() { return serviceId; }
    public String getTitle() { return title; }
    public Instant getHeldAt() { return heldAt; }
    public String getPlace() { return place; }
    public String getCreatedBy() { return createdBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public List<AgendaItem> getAgenda() { return List.copyOf(agenda); }
    public List<Attendance> getAttendance() {
        return attendance.stream().sorted(Comparator.comparing(Attendance::getOrganisationName)).toList();
    }

    /** The decisions with their paragraph numbers, in order. */
    public List<Paragraph> getParagraphs() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            paragraphs.add(new Paragraph(i + 1, decisions.get(i)));
        }
        return paragraphs;
    }

    public record Paragraph(int number, Decision decision) {
        public String getText() { return decision.getText(); }
        public Long getProposalId() { return decision.getProposalId(); }
        public Long getRoundId() { return decision.getRoundId(); }
        public Long getPriorityRoundId() { return decision.getPriorityRoundId(); }
    }

    @Embeddable
    public static class AgendaItem {
        @Column(name = "title")
        private String title;
        @Column(name = "proposal_id")
        private Long proposalId;

        protected AgendaItem() {
        }

        AgendaItem(String title, Long proposalId) {
            this.title = title;
            this.proposalId = proposalId;
        }

        public String getTitle() { return title; }
        public Long getProposalId() { return proposalId; }
    }

    @Embeddable
    public static class Attendance {
        @Column(name = "organisation_id")
        private long organisationId;
        @Column(name = "organisation_name")
        private String organisationName;
        @Column(name = "represented_by")
        private String representedBy;

        protected Attendance() {
        }

        Attendance(long organisationId, String organisationName, String representedBy) {
            this.organisationId = organisationId;
            this.organisationName = organisationName;
            this.representedBy = representedBy;
        }

        public long getOrganisationId() { return organisationId; }
        public String getOrganisationName() { return organisationName; }
        public String getRepresentedBy() { return representedBy; }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attendance that && that.organisationId == organisationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId);
        }
    }

    @Embeddable
    public static class Decision {
        @Column(name = "text")
        private String text;
        @Column(name = "proposal_id")
        private Long proposalId;
        @Column(name = "round_id")
        private Long roundId;
        @Column(name = "priority_round_id")
        private Long priorityRoundId;

        protected Decision() {
        }

        Decision(String text, Long proposalId, Long roundId, Long priorityRoundId) {
            this.text = text;
            this.proposalId = proposalId;
            this.roundId = roundId;
            this.priorityRoundId = priorityRoundId;
        }

        public String getText() { return text; }
        public Long getProposalId() { return proposalId; }
        public Long getRoundId() { return roundId; }
        public Long getPriorityRoundId() { return priorityRoundId; }
    }
}
