package se.sambruk.bibblix.loan;

import java.time.Duration;
import java.time.Instant;

/**
 * The retention rule for loan history: a loan is deleted when it has ended and the period its
 * municipality set ({@code history_days}, 0 to 365) has passed; statistics keep only counts and are
 * not touched.
 */
public final class HistoryRetention {

    public static final int MAX_DAYS = 365;

    private HistoryRetention() {
    }

    /** Loans that ended before this instant are deleted. */
    public static Instant deleteEndedBefore(Instant now, int historyDays) {
        if (historyDays < 0 || historyDays > MAX_DAYS) {
            throw new IllegalArgumentException("history days must be 0-" + MAX_DAYS);
        }
        return now.minus(Duration.ofDays(historyDays));
    }

    public static boolean due(Instant endedAt, Instant now, int historyDays) {
        return endedAt != null && endedAt.isBefore(deleteEndedBefore(now, historyDays));
    }
}
