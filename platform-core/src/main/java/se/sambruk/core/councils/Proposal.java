package se.sambruk.core.councils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A development proposal (utvecklingsförslag) to a service's steering council. It guards its own
 * rules: one support per organisation, and only the allowed moves between states, each written
 * to its history.
 */
@Entity
@Table(name = "council_proposal", schema = "core")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long serviceId;
    private long organisationId;
    private String proposedBy;
    private String title;
    private String description;
    private String expectedBenefit;
    private long estimatedCostOre;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_support", schema = "core", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<Support> supports = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_proposal_history", schema = "core", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Change> history = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(long serviceId, long organisationId, String proposedBy, String title, String description,
             String expectedBenefit, long estimatedCostOre, Instant now) {
        if (estimatedCostOre < 0) {
            throw new IllegalArgumentException("proposal.cost.invalid");
        }
        this.serviceId = serviceId;
        this.organisationId = organisationId;
        this.proposedBy = proposedBy;
        this.title = title;
        this.description = description;
        this.expectedBenefit = expectedBenefit;
        this.estimatedCostOre = estimatedCostOre;
        this.state = ProposalState.NEW;
        this.createdAt = now;
        this.history.add(new Change(null, ProposalState.NEW, proposedBy, now));
    }

    /** Support from an organisation; false when it already supports the proposal. */
    boolean support(long organisation, String organisationName, String by, Instant now) {
        if (supportedBy(organisation)) {
            return false;
        }
        if (state == ProposalState.REJECTED || state == ProposalState.DELIVERED) {
            throw new IllegalStateException("proposal.support.closed");
        }
        supports.add(new Support(organisation, by, now));
        return true;
    }

    boolean supportedBy(long organisation) {
        return supports.stream().anyMatch(support -> support.organisationId == organisation);
    }

    void moveTo(ProposalState target, String by, Instant now) {
        if (target == null || !state.next().contains(target)) {
            throw new IllegalStateException("proposal.transition.invalid");
        }
        history.add(new Change(state, target, by, now));
        state = target;
    }

    public Long getId() { return id; }
    public long getServiceId() { return serviceId; }
    public long getOrganisationId() { return organisationId; }
    public String getProposedBy() { return proposedBy; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getExpectedBenefit() { return expectedBenefit; }
    public long getEstimatedCostOre() { return estimatedCostOre; }
    public ProposalState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Support> getSupports() { return List.copyOf(supports); }
    public List<Change> getHistory() { return List.copyOf(history); }
    public int getSupportCount() { return supports.size(); }

    @Embeddable
    public static class Support {
        @Column(name = "organisation_id")
        private long organisationId;
        @Column(name = "supported_by")
        private String supportedBy;
        @Column(name = "supported_at")
        private Instant supportedAt;

        protected Support() {
        }

        Support(long organisationId, String supportedBy, Instant supportedAt) {
            this.organisationId = organisationId;
            this.supportedBy = supportedBy;
            this.supportedAt = supportedAt;
        }

        public long getOrganisationId() { return organisationId; }
        public String getSupportedBy() { return supportedBy; }
        public Instant getSupportedAt() { return supportedAt; }
    }

    /** One line of the history: who moved the proposal, when, from which state to which. */
    @Embeddable
    public static class Change {
        @Enumerated(EnumType.STRING)
        @Column(name = "from_state")
        private ProposalState fromState;
        @Enumerated(EnumType.STRING)
        @Column(name = "to_state")
        private ProposalState toState;
        @Column(name = "changed_by")
        private String changedBy;
        @Column(name = "changed_at")
        private Instant changedAt;

        protected Change() {
        }

        Change(ProposalState fromState, ProposalState toState, String changedBy, Instant changedAt) {
            this.fromState = fromState;
            this.toState = toState;
            this.changedBy = changedBy;
            this.changedAt = changedAt;
        }

        public ProposalState getFromState() { return fromState; }
        public ProposalState getToState() { return toState; }
        public String getChangedBy() { return changedBy; }
        public Instant getChangedAt() { return changedAt; }
    }
}
