package se.sambruk.tillarbetslivet.season;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A pupil's date of birth set by hand on the pupil's page: {@code yyyy-mm-dd}, a date on which
 * the pupil is between {@value #YOUNGEST} and {@value #OLDEST} years old today (a pupil from year 1
 * to the last year of upper secondary school, adults on APL included), or empty to remove it (the
 * time rules for minors then apply to every day of an APL schedule).
 */
public final class BirthDate {

    public static final int YOUNGEST = 5;
    public static final int OLDEST = 30;

    /** The date (null: none), or the message code of what is wrong. */
    public record Checked(LocalDate date, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private BirthDate() {
    }

    public static Checked check(String text, LocalDate today) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return new Checked(null, null);
        }
        LocalDate date;
        try {
            date = value.length() == 10 ? LocalDate.parse(value) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            return new Checked(null, "tal.born.notADate");
        }
        if (date.isAfter(today.minusYears(YOUNGEST)) || !date.isAfter(today.minusYears(OLDEST + 1))) {
            return new Checked(null, "tal.born.outOfRange");
        }
        return new Checked(date, null);
    }
}
