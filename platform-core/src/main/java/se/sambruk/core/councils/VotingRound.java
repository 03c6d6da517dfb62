package se.sambruk.core.councils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import se.sambruk.core.councils.VoteCounting.TieBreak;
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
    @Enumerated(EnumType.STRING)
    private TieBreak tieBreak;
    private String openedBy;
    private Instant openingNoticeAt;
    private Instant closingNoticeAt;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_proxy", schema = "core", joinColumns = @JoinColumn(name = "round_id"))
    private Set<Proxy> proxies = new HashSet<>();

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
        this.tieBreak = rule.tieBreak();
        this.openedBy = openedBy;
    }

    public Rule rule() {
        return new Rule(majority, quorumPercent, weighting, tieBreak);
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

    /** An organisation's vote; replaces its earlier vote in this round. Refused once it has given its vote by proxy. */
    void vote(long organisationId, String organisationName, Choice choice, long weight, String by, Instant now) {
        if (proxyOf(organisationId).isPresent()) {
            throw new IllegalStateException("round.proxy.given");
        }
        cast(organisationId, organisationName, choice, weight, by, now, null);
    }

    /** A vote that {@code holder} casts for {@code giver}, who gave it its vote in this round. */
    void voteByProxy(long holder, long giver, String giverName, Choice choice, long weight, String by, Instant now) {
        if (proxyOf(giver).filter(proxy -> proxy.toOrganisationId == holder).isEmpty()) {
            throw new IllegalStateException("round.proxy.none");
        }
        cast(giver, giverName, choice, weight, by, now, holder);
    }

    private void cast(long organisationId, String organisationName, Choice choice, long weight, String by, Instant now, Long proxy) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("round.notOpen");
        }
        if (choice == null) {
            throw new IllegalArgumentException("round.choice.invalid");
        }
        votes.removeIf(vote -> vote.organisationId == organisationId);
        votes.add(new Vote(organisationId, organisationName, choice, weight, by, now, proxy));
    }

    /**
     * {@code from} gives its vote in this round to {@code to}, replacing an earlier proxy. Refused when
     * the round has closed, when {@code from} has voted itself, and for chains: one who holds a proxy
     * cannot give its own vote away, and a proxy cannot go to one who gave its own.
     */
    void giveProxy(long from, long to, String by, Instant now) {
        if (closedAt != null || !now.isBefore(closesAt)) {
            throw new IllegalStateException("round.notOpen");
        }
        if (from == to) {
            throw new IllegalArgumentException("round.proxy.self");
        }
        if (voteOf(from) != null) {
            throw new IllegalStateException("round.proxy.alreadyVoted");
        }
        if (proxyOf(to).isPresent() || proxies.stream().anyMatch(proxy -> proxy.toOrganisationId == from)) {
            throw new IllegalStateException("round.proxy.chain");
        }
        proxies.removeIf(proxy -> proxy.fromOrganisationId == from);
        proxies.add(new Proxy(from, to, by, now));
    }

    /** Withdraws a proxy that has not been used yet. */
    void withdrawProxy(long from) {
        if (closedAt != null) {
            throw new IllegalStateException("round.notOpen");
        }
        if (voteOf(from) != null) {
            throw new IllegalStateException("round.proxy.used");
        }
        proxies.removeIf(proxy -> proxy.fromOrganisationId == from);
    }

    public Optional<Proxy> proxyOf(long from) {
        return proxies.stream().filter(proxy -> proxy.fromOrganisationId == from).findFirst();
    }

    /** The organisations that gave their vote to {@code holder}. */
    public List<Long> proxiesHeldBy(long holder) {
        return proxies.stream().filter(proxy -> proxy.toOrganisationId == holder).map(Proxy::getFromOrganisationId).sorted().toList();
    }

    public List<Proxy> getProxies() {
        return proxies.stream().sorted(Comparator.comparing(Proxy::getFromOrganisationId)).toList();
    }

    boolean needsOpeningNotice(Instant now) {
        return closedAt == null && openingNoticeAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    boolean needsClosingNotice(Instant now) {
        return closedAt == null && closingNoticeAt == null && now.isBefore(closesAt)
                && !now.isBefore(closesAt.minus(java.time.Duration.ofDays(1)));
    }

    void openingNoticeSent(Instant now) {
        openingNoticeAt = now;
    }

    void closingNoticeSent(Instant now) {
        closingNoticeAt = now;
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
    public TieBreak getTieBreak() { return tieBreak; }
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
        @Column(name = "proxy_organisation_id")
        private Long proxyOrganisationId;

        protected Vote() {
        }

        Vote(long organisationId, String organisationName, Choice choice, long weight, String castBy, Instant castAt,
             Long proxyOrganisationId) {
            this.proxyOrganisationId = proxyOrganisationId;
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
        /** The organisation that cast this vote by proxy, or null when the organisation voted itself. */
        public Long getProxyOrganisationId() { return proxyOrganisationId; }
    }

    @Embeddable
    public static class Proxy {
        @Column(name = "from_organisation_id")
        private long fromOrganisationId;
        @Column(name = "to_organisation_id")
        private long toOrganisationId;
        @Column(name = "given_by")
        private String givenBy;
        @Column(name = "given_at")
        private Instant givenAt;

        protected Proxy() {
        }

        Proxy(long fromOrganisationId, long toOrganisationId, String givenBy, Instant givenAt) {
            this.fromOrganisationId = fromOrganisationId;
            this.toOrganisationId = toOrganisationId;
            this.givenBy = givenBy;
            this.givenAt = givenAt;
        }

        public long getFromOrganisationId() { return fromOrganisationId; }
        public long getToOrganisationId() { return toOrganisationId; }
        public String getGivenBy() { return givenBy; }
        public Instant getGivenAt() { return givenAt; }

        @Override
        public boolean equals(Object other) {
            return other instanceof Proxy proxy && proxy.fromOrganisationId == fromOrganisationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fromOrganisationId);
        }
    }
}
