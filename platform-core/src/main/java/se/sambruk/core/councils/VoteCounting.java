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
 *   <li>Tie-break: a tie rejects the proposal (the status quo stands); there is no casting vote.</li>
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

    /** One organisation one vote, or each organisation's vote weighted by the population it represents. */
    public enum Weighting { ONE_PER_ORGANISATION, POPULATION }

    public enum Outcome { ADOPTED, REJECTED, NO_QUORUM }

    public record Rule(Majority majority, int quorumPercent, Weighting weighting) {
        public Rule {
            if (majority == null || weighting == null || quorumPercent < 0 || quorumPercent > 100) {
                throw new IllegalArgumentException("round.rule.invalid");
            }
        }
    }

    /** One organisation's vote; {@code weight} is its population (at least 1) under population weighting. */
    public record Ballot(long organisationId, Choice choice, long weight) {
    }

    public record Result(Outcome outcome, int memberCount, int votedCount, long yes, long no, long abstain) {
    }

    public static Result count(Rule rule, int memberCount, List<Ballot> ballots) {
        long yes = 0;
        long no = 0;
        long abstain = 0;
        for (Ballot ballot : ballots) {
            long weight = rule.weighting() == Weighting.POPULATION ? Math.max(1, ballot.weight()) : 1;
            switch (ballot.choice()) {
                case YES -> yes += weight;
                case NO -> no += weight;
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
        } else {
            outcome = Outcome.REJECTED;
        }
        return new Result(outcome, memberCount, voted, yes, no, abstain);
    }
}
