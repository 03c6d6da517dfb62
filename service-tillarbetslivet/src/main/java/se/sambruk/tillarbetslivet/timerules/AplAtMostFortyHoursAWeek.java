package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A minor who has finished compulsory school works at most 40 hours a week (counted per calendar week, Monday to Sunday). */
public final class AplAtMostFortyHoursAWeek implements TimeRule {

    public static final Duration MAX = Duration.ofHours(40);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (högst 40 timmar per vecka för minderårig som fullgjort skolplikten)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        Map<LocalDate, Duration> weeks = new TreeMap<>();
        for (WorkDay day : schedule) {
            LocalDate monday = day.date().minusDays(day.date().getDayOfWeek().getValue() - 1L);
            weeks.merge(monday, day.length(), Duration::plus);
        }
        return weeks.entrySet().stream()
                .filter(week -> week.getValue().compareTo(MAX) > 0)
                .map(week -> new Violation("AplAtMostFortyHoursAWeek", citation(), week.getKey(),
                        "Vecka " + week.getKey().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (från " + week.getKey() + ") har "
                                + Hours.of(week.getValue()) + " timmar, mer än 40 (" + citation() + ")."))
                .toList();
    }
}
