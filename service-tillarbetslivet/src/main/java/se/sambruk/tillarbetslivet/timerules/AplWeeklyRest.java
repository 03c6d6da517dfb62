package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A minor who has finished compulsory school has at least 36 hours of rest in a row in every period
 * of seven days. Checked for every seven days starting on a scheduled day: the longest free stretch
 * inside them (from their start to the first shift, between shifts, from the last shift to their
 * end) must be 36 hours or more.
 */
public final class AplWeeklyRest implements TimeRule {

    public static final Duration MIN = Duration.ofHours(36);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (minst 36 timmars sammanhängande veckovila under varje period om sju dagar)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        List<WorkDay> days = schedule.stream().sorted(Comparator.comparing(WorkDay::date).thenComparing(WorkDay::start)).toList();
        List<Violation> violations = new ArrayList<>();
        LocalDate reported = null;
        for (WorkDay first : days) {
            LocalDateTime from = first.date().atStartOfDay();
            LocalDateTime to = from.plusDays(7);
            if (reported != null && first.date().isBefore(reported.plusDays(7))) {
                continue; // one message for each stretch of seven days
            }
            Duration longest = Duration.ZERO;
            LocalDateTime free = from;
            for (WorkDay day : days) {
                LocalDateTime start = LocalDateTime.of(day.date(), day.start());
                LocalDateTime end = LocalDateTime.of(day.date(), day.end());
                if (!start.isBefore(to) || end.isBefore(from)) {
                    continue;
                }
                Duration gap = Duration.between(free, start);
                if (gap.compareTo(longest) > 0) {
                    longest = gap;
                }
                if (end.isAfter(free)) {
                    free = end;
                }
            }
            Duration tail = Duration.between(free, to);
            if (tail.compareTo(longest) > 0) {
                longest = tail;
            }
            if (longest.compareTo(MIN) < 0) {
                reported = first.date();
                violations.add(new Violation("AplWeeklyRest", citation(), first.date(), "De sju dagarna från " + first.date()
                        + " har som längst " + Hours.of(longest) + " timmars sammanhängande vila, mindre än 36 (" + citation() + ")."));
            }
        }
        return violations;
    }
}
