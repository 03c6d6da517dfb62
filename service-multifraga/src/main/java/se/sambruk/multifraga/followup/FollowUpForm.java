package se.sambruk.multifraga.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The follow-up report's choice: the period (at most a year, not backwards) and the size of the random sample (1–100). */
public record FollowUpForm(String from, String to, String sample) {

    public static final int MAX_SAMPLE = 100;

    public record Checked(LocalDate from, LocalDate to, int sample, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start == null) {
            errors.put("from", "mf.error.date");
        }
        if (end == null) {
            errors.put("to", "mf.error.date");
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.put("to", "mf.error.periodBackwards");
            } else if (start.plusYears(1).isBefore(end)) {
                errors.put("from", "mf.error.reviewPeriodTooLong");
            }
        }
        int size = 0;
        try {
            size = sample == null || sample.isBlank() ? 10 : Integer.parseInt(sample.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_SAMPLE) {
            errors.put("sample", "mf.error.sample");
        }
        return new Checked(start, end, size, errors);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
