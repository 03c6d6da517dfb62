package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.costsharing.CostLineKind;
import se.sambruk.core.costsharing.CostSharing;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Councils.Member;
import se.sambruk.core.councils.Prioritisation.Comparison;
import se.sambruk.core.councils.Prioritisation.Method;
import se.sambruk.core.web.NotFoundException;

/** Prioritisation rounds of a council: the chair opens one, delegates hand in ballots, the ranking is kept at closing. */
@Service
@Transactional
public class PriorityVoting {

    private final Councils councils;
    private final PriorityRounds rounds;
    private final Proposals proposals;
    private final CostSharing costSharing;
    private final DecisionRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;

    PriorityVoting(Councils councils, PriorityRounds rounds, Proposals proposals, CostSharing costSharing,
                   DecisionRecorder recorder, AuditLog audit, Clock clock) {
        this.councils = councils;
        this.rounds = rounds;
        this.proposals = proposals;
        this.costSharing = costSharing;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's development budget: the development lines of the service's cost budget. */
    @Transactional(readOnly = true)
    public long developmentBudget(Council council, int year) {
        return costSharing.budget(council.service(), year).getLines().stream()
                .filter(line -> line.kind() == CostLineKind.DEVELOPMENT).mapToLong(se.sambruk.core.costsharing.BudgetLine::amount).sum();
    }

    /** Proposals that may be prioritised: neither rejected nor delivered. */
    @Transactional(readOnly = true)
    public List<Proposal> candidates(Council council) {
        return councils.proposals(council).stream()
                .filter(proposal -> proposal.getState() != ProposalState.REJECTED && proposal.getState() != ProposalState.DELIVERED)
                .toList();
    }

    public List<PriorityRound> rounds(Council council) {
        List<PriorityRound> found = rounds.findByServiceIdOrderByOpensAtDesc(council.service().getId());
        Instant now = Instant.now(clock);
        found.forEach(round -> closeIfDue(round, now));
        return found;
    }

    public PriorityRound round(Council council, String id) {
        PriorityRound round = roundOf(council, Councils.parseId(id).orElse(-1L));
        closeIfDue(round, Instant.now(clock));
        return round;
    }

    private PriorityRound roundOf(Council council, long id) {
        return rounds.findById(id).filter(round -> round.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
    }

    public PriorityRound open(CurrentUser user, Council council, int year, long budgetOre, Method method, int points,
                              Instant opensAt, Instant closesAt, List<Long> proposalIds) {
        councils.requireChair(user, council);
        List<Proposal> chosen = proposalIds.stream().distinct().map(id -> councils.proposalOf(council, id)).toList();
        if (chosen.stream().anyMatch(proposal -> proposal.getState() == ProposalState.REJECTED || proposal.getState() == ProposalState.DELIVERED)) {
            throw new IllegalArgumentException("priority.candidate.unknown");
        }
        PriorityRound round = rounds.save(new PriorityRound(council.service().getId(), year, budgetOre, method, points, opensAt,
                closesAt, user.name(), chosen));
        audit.record(AuditAction.REGISTER_CHANGED, "council_priority_round", round.getId(), null, "opened");
        return round;
    }

    /** A ballot of budget picks (only in a round of that method); a later ballot replaces it. */
    public void votePicks(CurrentUser user, Council council, long roundId, Set<Long> picked) {
        PriorityRound round = voterRound(user, council, roundId, Method.BUDGET_PICKS);
        cast(user, council, round, Prioritisation.picks(round.candidateList(), round.getBudgetOre(), picked));
    }

    public void votePoints(CurrentUser user, Council council, long roundId, Map<Long, Integer> points) {
        PriorityRound round = voterRound(user, council, roundId, Method.POINTS);
        cast(user, council, round, Prioritisation.points(round.candidateList(), round.getPointsPerOrganisation(), points));
    }

    public void votePairwise(CurrentUser user, Council council, long roundId, List<Comparison> comparisons) {
        PriorityRound round = voterRound(user, council, roundId, Method.PAIRWISE);
        cast(user, council, round, Prioritisation.pairwise(round.candidateList(), comparisons));
    }

    private PriorityRound voterRound(CurrentUser user, Council council, long roundId, Method method) {
        PriorityRound round = roundOf(council, roundId);
        councils.requireVoter(user, council, "council_priority_round", round.getId());
        if (round.getMethod() != method) {
            throw new IllegalArgumentException("priority.method.invalid");
        }
        return round;
    }

    private void cast(CurrentUser user, Council council, PriorityRound round, Map<Long, Integer> values) {
        Member member = council.member(user.organisationId()).orElseThrow();
        round.vote(member.id(), member.name(), values, user.name(), Instant.now(clock));
        audit.record(AuditAction.REGISTER_CHANGED, "council_priority_round", round.getId(), user.organisationId(), "voted");
    }

    public boolean close(long roundId, Instant now) {
        return rounds.findById(roundId).map(round -> closeIfDue(round, now)).orElse(false);
    }

    public int closeDue(Instant now) {
        int closed = 0;
        for (Long id : rounds.findDue(now)) {
            if (close(id, now)) {
                closed++;
            }
        }
        return closed;
    }

    private boolean closeIfDue(PriorityRound round, Instant now) {
        if (!round.close(now)) {
            return false;
        }
        recorder.recordPriorities(round.getServiceId(), round);
        return true;
    }
}
