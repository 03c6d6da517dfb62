package se.sambruk.bibblix.onix;

import java.time.OffsetDateTime;

/** One import of a feed: its state and how far it has come. */
public record ImportRun(long id, long organisationId, String fileName, OffsetDateTime startedAt, OffsetDateTime finishedAt, String state,
                        long bytesTotal, long bytesRead, int records, int imported, int skipped, String message) {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    /** Percent of the file read, 0-100. */
    public int percent() {
        if (!running()) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }
}
