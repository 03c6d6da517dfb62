package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of föräldrabalken and what the office does when one comes near or passes:
 * förteckning within two months of the appointment (FB 14 kap. 1 §), årsräkning by 1 March of the
 * following year (FB 14 kap. 15 §), sluträkning within a month of the end (FB 14 kap. 17 §); a
 * reminder a fortnight before and when passed, a föreläggande med vite (FB 16 kap. 13 §) once a
 * reminder has gone unanswered for {@link #INJUNCTION_AFTER_DAYS} days.
 */
public final class Deadlines {

    public static final int REMINDER_DAYS_BEFORE = 14;
    public static final int INJUNCTION_AFTER_DAYS = 30;
    private static final MonthDay ANNUAL_ACCOUNT_DUE = MonthDay.of(3, 1);

    /** What a deadline calls for on a day. */
    public enum Action { NONE, REMINDER, OVERDUE_REMINDER, INJUNCTION }

    private Deadlines() {
    }

    /** FB 14 kap. 1 §: the förteckning within two months of the appointment. */
    public static LocalDate inventoryDue(LocalDate appointedOn) {
        return appointedOn.plusMonths(2);
    }

    /** FB 14 kap. 15 §: the årsräkning for a year before 1 March of the next. */
    public static LocalDate annualAccountDue(int accountYear) {
        return ANNUAL_ACCOUNT_DUE.atYear(accountYear + 1);
    }

    /** FB 14 kap. 17 §: the sluträkning within a month of the assignment's end. */
    public static LocalDate finalAccountDue(LocalDate endedOn) {
        return endedOn.plusMonths(1);
    }

    /** The case type's deadline, counted from the appointment, the account year's end, or the end. */
    public static LocalDate dueFor(CaseType type, LocalDate from) {
        return switch (type) {
            case FORTECKNING -> inventoryDue(from);
            case ARSRAKNING -> annualAccountDue(from.getYear());
            case SLUTRAKNING -> finalAccountDue(from);
            default -> from.plusMonths(1);
        };
    }

    /** What is due on {@code today} for a deadline not yet met. */
    public static Action actionOn(LocalDate due, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft > REMINDER_DAYS_BEFORE) {
            return Action.NONE;
        }
        if (daysLeft >= 0) {
            return Action.REMINDER;
        }
        return -daysLeft > INJUNCTION_AFTER_DAYS ? Action.INJUNCTION : Action.OVERDUE_REMINDER;
    }
}
