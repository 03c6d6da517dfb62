package se.sambruk.tillarbetslivet.allocation;

import java.util.List;

/**
 * What one pupil got and why.
 *
 * @param lotteryNumber the pupil's lottery number, 1 is best
 * @param queuePosition the pupil's turn where the rule serves pupils in turn (1 is first), else the lottery number
 * @param placeId       the place, or null when the pupil got none of their choices
 * @param choiceRank    which of their choices they got (1 = first), 0 when none
 * @param missed        the choices ranked higher than the one they got (all of them when unplaced), best first
 */
public record PupilOutcome(long pupilId, int lotteryNumber, int queuePosition, Long placeId, int choiceRank,
                           List<MissedChoice> missed) {

    public PupilOutcome {
        missed = List.copyOf(missed);
    }

    public boolean placed() {
        return placeId != null;
    }
}
