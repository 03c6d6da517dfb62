package se.sambruk.bibblix.loan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The loan rules: at most {@value #WEEKLY_LIMIT} new loans per card in a calendar week (Monday to
 * Sunday, Swedish time: a child gets five new loans every Monday), one loan of the same title at a
 * time, and every loan lasts {@value #LOAN_DAYS} days and then ends by itself.
 */
public final class LoanRules {

    public static final int WEEKLY_LIMIT = 5;
    public static final int LOAN_DAYS = 28;
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public enum Decision { OK, WEEKLY_LIMIT_REACHED, ALREADY_BORROWED }

    private LoanRules() {
    }

    /** The start of the calendar week (Monday 00:00 in Sweden) that {@code now} falls in. */
    public static Instant weekStart(Instant now) {
        return now.atZone(SWEDEN).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(SWEDEN).toInstant();
    }

    /** Whether the card may borrow the title, given its loans made this week and whether it has the title now. */
    public static Decision decide(int loansThisWeek, boolean hasTitleNow) {
        if (hasTitleNow) {
            return Decision.ALREADY_BORROWED;
        }
        return loansThisWeek >= WEEKLY_LIMIT ? Decision.WEEKLY_LIMIT_REACHED : Decision.OK;
    }

    public static Instant dueAt(Instant borrowedAt) {
        return borrowedAt.plus(Duration.ofDays(LOAN_DAYS));
    }

    /** A loan has ended when its time is up (or it was ended). */
    public static boolean over(Instant dueAt, Instant now) {
        return !now.isBefore(dueAt);
    }

    /** How many loans are left this week. */
    public static int left(int loansThisWeek) {
        return Math.max(0, WEEKLY_LIMIT - loansThisWeek);
    }
}
