package se.sambruk.core.councils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;
import se.sambruk.core.councils.Prioritisation.Candidate;
import se.sambruk.core.councils.Prioritisation.Method;
import se.sambruk.core.councils.Prioritisation.Ranked;

/**
 * A prioritisation of a year's development budget among some proposals. Each member organisation
 * hands in one ballot while the round is open (a later one replaces it); {@link #close} ranks the
 * proposals once and keeps the ranking.
 */
@Entity
@Table(name = "council_priority_round", schema = "core")
public class PriorityRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long serviceId;
    private int year;
    private long budgetOre;
    @Enumerated(EnumType.STRING)
    private Method method;
    private int pointsPerOrganisation;
    private Instant opensAt;
    private Instant closesAt;
    private String openedBy;
    private Instant closedAt;
    private Integer ballotCount;
    private Instant openingNoticeAt;
    private Instant closingNoticeAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_priority_candidate", schema = "core", joinColumns = @JoinColumn(name = "round_id"))
    private Set<CandidateProposal> candidates = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_priority_mark", schema = "core", joinColumns = @JoinColumn(name = "round_id"))
    private List<Mark> marks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_priority_result", schema = "core", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "rank")
    @ListIndexBase(1)
    private List<Result> results = new ArrayList<>();

    protected PriorityRound() {
    }

    PriorityRound(long serviceId, int year, long budgetOre, Method method, int pointsPerOrganisation, Instant opensAt,
                  Instant closesAt, String openedBy, List<Proposal> proposals) {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("round.times.invalid");
        }
        if (method == null || budgetOre < 0 || pointsPerOrganisation < 1) {
            throw new IllegalArgumentException("priority.rule.invalid");
        }
        if (proposals.size() < 2) {
            throw new IllegalArgumentException("priority.candidates.tooFew");
        }
        this.serviceId = serviceId;
        this.year = year;
        this.budgetOre = budgetOre;
        this.method = method;
        this.pointsPerOrganisation = pointsPerOrganisation;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.openedBy = openedBy;
        proposals.forEach(proposal -> candidates.add(new CandidateProposal(proposal.getId(), proposal.getTitle(), proposal.getEstimatedCostOre())));
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

    List<Candidate> candidateList() {
        return getCandidates().stream().map(candidate -> new Candidate(candidate.proposalId, candidate.costOre)).toList();
    }

    /** An organisation's ballot, already reduced to a value per proposal (see {@link Prioritisation}). */
    void vote(long organisationId, String organisationName, Map<Long, Integer> values, String by, Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("round.notOpen");
        }
        marks.removeIf(mark -> mark.organisationId == organisationId);
        values.forEach((proposal, value) -> marks.add(new Mark(organisationId, organisationName, proposal, value, by, now)));
    }

    boolean close(Instant now) {
        if (!isDue(now)) {
            return false;
        }
        List<Ranked> ranking = Prioritisation.rank(candidateList(), budgetOre, List.copyOf(ballots().values()));
        ranking.forEach(ranked -> results.add(new Result(ranked.proposalId(), ranked.score(), ranked.funded())));
        ballotCount = ballots().size();
        closedAt = now;
        return true;
    }

    /** The ballots by organisation. */
    public Map<Long, Map<Long, Integer>> ballots() {
        Map<Long, Map<Long, Integer>> ballots = new LinkedHashMap<>();
        marks.stream().sorted(Comparator.comparing(Mark::getOrganisationName)).forEach(mark ->
                ballots.computeIfAbsent(mark.organisationId, key -> new LinkedHashMap<>()).put(mark.proposalId, mark.value));
        return ballots;
    }

    public Map<Long, Integer> ballotOf(long organisationId) {
        return ballots().getOrDefault(organisationId, Map.of());
    }

    /** Who voted, by organisation name. */
    public Map<String, Map<Long, Integer>> ballotsByName() {
        Map<String, Map<Long, Integer>> ballots = new LinkedHashMap<>();
        marks.stream().sorted(Comparator.comparing(Mark::getOrganisationName)).forEach(mark ->
                ballots.computeIfAbsent(mark.organisationName, key -> new LinkedHashMap<>()).put(mark.proposalId, mark.value));
        return ballots;
    }

    boolean needsOpeningNotice(Instant now) {
        return closedAt == null && openingNoticeAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    boolean needsClosingNotice(Instant now) {
        return closedAt == null && closingNoticeAt == null && now.isBefore(closesAt) && !now.isBefore(closesAt.minus(Duration.ofDays(1)));
    }

    void openingNoticeSent(Instant now) { openingNoticeAt = now; }
    void closingNoticeSent(Instant now) { closingNoticeAt = now; }

    public Long getId() { return id; }
    public long getServiceId() { return serviceId; }
    public int getYear() { return year; }
    public long getBudgetOre() { return budgetOre; }
    public Method getMethod() { return method; }
    public int getPointsPerOrganisation() { return pointsPerOrganisation; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public String getOpenedBy() { return openedBy; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getBallotCount() { return ballotCount; }
    public List<Result> getResults() { return List.copyOf(results); }

    public List<CandidateProposal> getCandidates() {
        return candidates.stream().sorted(Comparator.comparingLong(CandidateProposal::getProposalId)).toList();
    }

    public String titleOf(long proposalId) {
        return candidates.stream().filter(candidate -> candidate.proposalId == proposalId).map(CandidateProposal::getTitle)
                .findFirst().orElse("");
    }

    public long costOf(long proposalId) {
        return candidates.stream().filter(candidate -> candidate.proposalId == proposalId).mapToLong(CandidateProposal::getCostOre)
                .findFirst().orElse(0);
    }

    @Embeddable
    public static class CandidateProposal {
        @Column(name = "proposal_id")
        private long proposalId;
        @Column(name = "title")
        private String title;
        @Column(name = "cost_ore")
        private long costOre;

        protected CandidateProposal() {
        }

        CandidateProposal(long proposalId, String title, long costOre) {
            this.proposalId = proposalId;
            this.title = title;
            this.costOre = costOre;
        }

        public long getProposalId() { return proposalId; }
        public String getTitle() { return title; }
        public long getCostOre() { return costOre; }

        @Override
        public boolean equals(Object other) {
            return other instanceof CandidateProposal that && that.proposalId == proposalId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId);
        }
    }

    @Embeddable
    public static class Mark {
        @Column(name = "organisation_id")
        private long organisationId;
        @Column(name = "organisation_name")
        private String organisationName;
        @Column(name = "proposal_id")
        private long proposalId;
        @Column(name = "value")
        private int value;
        @Column(name = "cast_by")
        private String castBy;
        @Column(name = "cast_at")
        private Instant castAt;

        protected Mark() {
        }

        Mark(long organisationId, String organisationName, long proposalId, int value, String castBy, Instant castAt) {
            this.organisationId = organisationId;
            this.organisationName = organisationName;
            this.proposalId = proposalId;
            this.value = value;
            this.castBy = castBy;
            this.castAt = castAt;
        }

        public long getOrganisationId() { return organisationId; }
        public String getOrganisationName() { return organisationName; }
        public long getProposalId() { return proposalId; }
        public int getValue() { return value; }
    }

    @Embeddable
    public static class Result {
        @Column(name = "proposal_id")
        private long proposalId;
        @Column(name = "score")
        private long score;
        @Column(name = "funded")
        private boolean funded;

        protected Result() {
        }

        Result(long proposalId, long score, boolean funded) {
            this.proposalId = proposalId;
            this.score = score;
            this.funded = funded;
        }

        public long getProposalId() { return proposalId; }
        public long getScore() { return score; }
        public boolean isFunded() { return funded; }
    }
}
