package se.sambruk.tillarbetslivet.allocation;

/** Why a pupil did not get a place they ranked higher than the one they got. */
public enum Reason {
    /** The place has no seats at all. */
    NO_SEATS,
    /** Every seat went to pupils with better lottery numbers (deferred acceptance). */
    TAKEN_BY_BETTER_LOTTERY_NUMBERS,
    /** The place was full before this pupil's turn in the queue (enough choices first). */
    TAKEN_BY_PUPILS_AHEAD_IN_LINE,
    /** The place was filled in an earlier round by pupils who ranked it higher (by rank with lottery). */
    FILLED_IN_EARLIER_ROUND,
    /** In this choice's round more pupils wanted the place than it had seats, and the lottery chose others. */
    LOST_LOTTERY_IN_ROUND
}
