package se.sambruk.core.councils;

import java.util.List;

/**
 * How a decision round is counted, without any database: the rule, the ballots, the result.
 *
 * <ul>
 *   <li>Quorum: the share of member organisations that voted (abstaining counts as voting) must
 *       reach the rule's quorum percentage, or the proposal is rejected for want of quorum.</li>
 *   <li>Majority: abstentions are left out; simple majority needs more yes than no, a qualified
 *       majority needs at least its fraction (2/3, 3/4) of the yes and no weight.</li>
 *   <li>Weight: one organisation one vote, or each vote weighted by the population the organisation
 *       represents or by its cost share (öre) of the service that year; a weight is at least 1.
 *       A vote given by proxy counts with the weight of the organisation that gave it.</li>
 *   <li>Tie-break, stated in the rule: {@link TieBreak#STATUS_QUO} rejects on a tie (there is no casting
 *       vote); {@link TieBreak#HEADCOUNT} breaks a tie of weights by the number of organisations voting
 *       yes and no, and rejects if they tie too.</li>
 * </ul>
 */
public final class VoteCounting {

    private VoteCounting() {
    }

    public enum Choice { YES, NO, ABSTAIN }

    public enum Majority {
        SIMPLE(1, 2), TWO_THIRDS(2, 3), THREE_QUARTERS(3, 4);

        final int numerator;
        final int denominator;

        Majority(int numerator, int denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
        }
    }

    /** One organisation one vote, or each organisation's vote weighted by the population it represents or its cost share. */
    public enum Weighting { ONE_PER_ORGANISATION, POPULATION, COST_SHARE }

    public enum TieBreak { STATUS_QUO, HEADCOUNT }

    public enum Outcome { ADOPTED, REJECTED, NO_QUORUM }

    public record Rule(Majority majority, int quorumPercent, Weighting weighting, TieBreak tieBreak) {
        public Rule {
            if (majority == null || weighting == null || tieBreak == null || quorumPercent < 0 || quorumPercent > 100) {
                throw new IllegalArgumentException("round.rule.invalid");
            }
        }

        public Rule(Majority majority, int quorumPercent, Weighting weighting) {
            this(majority, quorumPercent, weighting, TieBreak.STATUS_QUO);
        }
    }

    /** One organisation's vote; {@code weight} is its population or cost share under those weightings. */
    public record Ballot(long organisationId, Choice choice, long weight) {
    }

    public record Result(Outcome outcome, int memberCount, int votedCount, long yes, long no, long abstain) {
    }

    public static Result count(Rule rule, int memberCount, List<Ballot> ballots) {
        long yes = 0;
        long no = 0;
        long abstain = 0;
        int yesHeads = 0;
        int noHeads = 0;
        for (Ballot ballot : ballots) {
            long weight = rule.weighting() == Weighting.ONE_PER_ORGANISATION ? 1 : Math.max(1, ballot.weight());
            switch (ballot.choice()) {
                case YES -> { yes += weight; yesHeads++; }
                case NO -> { no += weight; noHeads++; }
                case ABSTAIN -> abstain += weight;
            }
        }
        int voted = ballots.size();
        boolean quorum = memberCount > 0 && (long) voted * 100 >= (long) rule.quorumPercent() * memberCount;
        Outcome outcome;
        if (!quorum) {
            outcome = Outcome.NO_QUORUM;
        } else if (yes > no && yes * rule.majority().denominator >= (yes + no) * rule.majority().numerator) {
            outcome = Outcome.ADOPTED;
        } else if (yes == no && yes > 0 && rule.majority() == Majority.SIMPLE && rule.tieBreak() == TieBreak.HEADCOUNT
                && yesHeads > noHeads) {
            outcome = Outcome.ADOPTED;
        } else {
            outcome = Outcome.REJECTED;
        }
        return new Result(outcome, memberCount, voted, yes, no, abstain);
    }
}
