package se.sambruk.core.councils;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sambruk.core.costsharing.Money;

/**
 * Writes the result of a closed round into the council's minutes as the next numbered decision:
 * into the latest meeting whose minutes are not yet approved, or, when there is none, into the next
 * meeting the council holds. Each result is recorded once (a unique index guards it too). The
 * minutes are a Swedish document, so the text is Swedish whoever's page closed the round.
 */
@Component
class DecisionRecorder {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Councils.STOCKHOLM);

    private final Meetings meetings;
    private final VotingRounds rounds;
    private final PriorityRounds priorityRounds;
    private final Proposals proposals;
    private final MessageSource messages;

    DecisionRecorder(Meetings meetings, VotingRounds rounds, PriorityRounds priorityRounds, Proposals proposals, MessageSource messages) {
        this.meetings = meetings;
        this.rounds = rounds;
        this.priorityRounds = priorityRounds;
        this.proposals = proposals;
        this.messages = messages;
    }

    void recordRound(long serviceId, VotingRound round, Proposal proposal) {
        meetings.findFirstByServiceIdAndApprovedAtIsNullOrderByHeldAtDesc(serviceId)
                .filter(meeting -> !meeting.records(round.getId(), null))
                .ifPresent(meeting -> meeting.addDecision(text(round, proposal), proposal.getId(), round.getId(), null));
    }

    void recordPriorities(long serviceId, PriorityRound round) {
        meetings.findFirstByServiceIdAndApprovedAtIsNullOrderByHeldAtDesc(serviceId)
                .filter(meeting -> !meeting.records(null, round.getId()))
                .ifPresent(meeting -> meeting.addDecision(text(round), null, null, round.getId()));
    }

    /** A new meeting takes up the results that closed while no minutes were open. */
    void recordPending(Meeting meeting) {
        Set<Long> recorded = Set.copyOf(meetings.recordedRounds(meeting.getServiceId()));
        for (VotingRound round : rounds.findClosedByService(meeting.getServiceId())) {
            if (!recorded.contains(round.getId())) {
                Proposal proposal = proposals.findById(round.getProposalId()).orElseThrow();
                meeting.addDecision(text(round, proposal), proposal.getId(), round.getId(), null);
            }
        }
        Set<Long> recordedPriorities = Set.copyOf(meetings.recordedPriorityRounds(meeting.getServiceId()));
        List<PriorityRound> oldestFirst = new java.util.ArrayList<>(priorityRounds.findByServiceIdOrderByOpensAtDesc(meeting.getServiceId()));
        java.util.Collections.reverse(oldestFirst);
        for (PriorityRound round : oldestFirst) {
            if (round.isClosed() && !recordedPriorities.contains(round.getId())) {
                meeting.addDecision(text(round), null, null, round.getId());
            }
        }
    }

    String text(VotingRound round, Proposal proposal) {
        String outcome = messages.getMessage("minutes.outcome." + round.getOutcome(), null, SWEDISH);
        return messages.getMessage("minutes.decision.round", new Object[] {proposal.getTitle(), outcome, String.valueOf(round.getId()),
                TIME.format(round.getClosedAt()), String.valueOf(round.getYesWeight()), String.valueOf(round.getNoWeight()),
                String.valueOf(round.getAbstainWeight()), String.valueOf(round.getVotedCount()), String.valueOf(round.getMemberCount()),
                messages.getMessage("round.weighting." + round.getWeighting(), null, SWEDISH)}, SWEDISH);
    }

    String text(PriorityRound round) {
        List<PriorityRound.Result> results = round.getResults();
        String funded = results.stream().filter(PriorityRound.Result::isFunded)
                .map(result -> "”" + round.titleOf(result.getProposalId()) + "” (" + Money.format(round.costOf(result.getProposalId())) + " kr)")
                .collect(Collectors.joining(", "));
        String notFunded = results.stream().filter(result -> !result.isFunded())
                .map(result -> "”" + round.titleOf(result.getProposalId()) + "”").collect(Collectors.joining(", "));
        return messages.getMessage("minutes.decision.priorities", new Object[] {String.valueOf(round.getYear()),
                Money.format(round.getBudgetOre()), messages.getMessage("priority.method." + round.getMethod(), null, SWEDISH),
                funded.isEmpty() ? "–" : funded, notFunded.isEmpty() ? "–" : notFunded, String.valueOf(round.getBallotCount()),
                String.valueOf(round.getId())}, SWEDISH);
    }
}
