package se.sambruk.core.councils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.sambruk.core.councils.VoteCounting.Ballot;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Outcome;
import se.sambruk.core.councils.VoteCounting.Result;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;

/**
 * A decision round on one proposal. Open between its opening and closing time; each member
 * organisation has one vote, and a later vote replaces its earlier one. {@link #close} counts the
 * votes once and keeps the result; after that nothing in the round changes.
 */
@Entity
@Table(name = "council_round", schema = "core")
public class VotingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long proposalId;
    private Instant opensAt;
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    private Majority majority;
    private int quorumPercent;
    @Enumerated(EnumType.STRING)
    private Weighting weighting;
    private String openedBy;

    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Integer memberCount;
    private Integer votedCount;
    private Long yesWeight;
    private Long noWeight;
    private Long abstainWeight;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_vote", schema = "core", joinColumns = @JoinColumn(name = "round_id"))
    private List<Vote> votes = new ArrayList<>();

    protected VotingRound() {
    }

    VotingRound(long proposalId, Instant opensAt, Instant closesAt, Rule rule, String openedBy) {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("round.times.invalid");
        }
        this.proposalId = proposalId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.majority = rule.majority();
        this.quorumPercent = rule.quorumPercent();
        this.weighting = rule.weighting();
        this.openedBy = openedBy;
    }

    public Rule rule() {
        return new Rule(majority, quorumPercent, weighting);
    }

    public boolean isOpenAt(Instant now) {
        return closedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isDue(Instant now) {
        return closedAt == null && !now.isBefore(closesAt);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** An organisation's vote; replaces its earlier vote in this round. */
    void vote(long organisationId, String organisationName, Choice choice, long weight, String by, Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("round.notOpen");
        }
        if (choice == null) {
            throw new IllegalArgumentException("round.choice.invalid");
        }
        votes.removeIf(vote -> vote.organisationId == organisationId);
        votes.add(new Vote(organisationId, organisationName, choice, weight, by, now));
    }

    /** Counts the votes once the closing time has passed; false when it is not yet due or already closed. */
    boolean close(Instant now, int members) {
        if (!isDue(now)) {
            return false;
        }
        Result result = VoteCounting.count(rule(), members,
                votes.stream().map(vote -> new Ballot(vote.organisationId, vote.choice, vote.weight)).toList());
        closedAt = now;
        outcome = result.outcome();
        memberCount = result.memberCount();
        votedCount = result.votedCount();
        yesWeight = result.yes();
        noWeight = result.no();
        abstainWeight = result.abstain();
        return true;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public Majority getMajority() { return majority; }
    public int getQuorumPercent() { return quorumPercent; }
    public Weighting getWeighting() { return weighting; }
    public String getOpenedBy() { return openedBy; }
    public Instant getClosedAt() { return closedAt; }
    public Outcome getOutcome() { return outcome; }
    public Integer getMemberCount() { return memberCount; }
    public Integer getVotedCount() { return votedCount; }
    public Long getYesWeight() { return yesWeight; }
    public Long getNoWeight() { return noWeight; }
    public Long getAbstainWeight() { return abstainWeight; }

    public List<Vote> getVotes() {
        return votes.stream().sorted(Comparator.comparing(Vote::getOrganisationName)).toList();
    }

    public Vote voteOf(long organisationId) {
        return votes.stream().filter(vote -> vote.organisationId == organisationId).findFirst().orElse(null);
    }

    @Embeddable
    public static class Vote {
        @Column(name = "organisation_id")
        private long organisationId;
        @Column(name = "organisation_name")
        private String organisationName;
        @Enumerated(EnumType.STRING)
        @Column(name = "choice")
        private Choice choice;
        @Column(name = "weight")
        private long weight;
        @Column(name = "cast_by")
        private String castBy;
        @Column(name = "cast_at")
        private Instant castAt;

        protected Vote() {
        }

        Vote(long organisationId, String organisationName, Choice choice, long weight, String castBy, Instant castAt) {
            this.organisationId = organisationId;
            this.organisationName = organisationName;
            this.choice = choice;
            this.weight = weight;
            this.castBy = castBy;
            this.castAt = castAt;
        }

        public long getOrganisationId() { return organisationId; }
        public String getOrganisationName() { return organisationName; }
        public Choice getChoice() { return choice; }
        public long getWeight() { return weight; }
        public String getCastBy() { return castBy; }
        public Instant getCastAt() { return castAt; }
    }
}
