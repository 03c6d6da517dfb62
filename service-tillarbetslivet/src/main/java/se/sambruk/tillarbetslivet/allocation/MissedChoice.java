package se.sambruk.tillarbetslivet.allocation;

/**
 * A place the pupil ranked higher than what they got, and why they did not get it.
 *
 * @param rank               the pupil's rank of the place, 1 for the first choice
 * @param lastAdmittedNumber the worst lottery number (or queue position) that still got a seat
 *                           there, 0 where that says nothing (no seats, filled in an earlier round)
 */
public record MissedChoice(long placeId, int rank, Reason reason, int lastAdmittedNumber) {
}
