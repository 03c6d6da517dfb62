package se.sambruk.bibblix.onix;

/** A record that was reported and skipped: its number in the feed, the line it starts on, its reference. */
public record ImportProblem(long id, long runId, int recordNo, int line, String reference, String message) {
}
