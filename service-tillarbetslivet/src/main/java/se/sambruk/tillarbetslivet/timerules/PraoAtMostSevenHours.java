package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.util.List;

/** Prao is at most seven hours a day. */
public final class PraoAtMostSevenHours implements TimeRule {

    public static final Duration MAX = Duration.ofHours(7);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (högst 7 timmar per dag för den som fullgör skolplikt)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        return schedule.stream()
                .filter(day -> day.length().compareTo(MAX) > 0)
                .map(day -> new Violation("PraoAtMostSevenHours", citation(), day.date(),
                        day.date() + " har " + hours(day.length()) + " timmar, mer än 7 (" + citation() + ")."))
                .toList();
    }

    private static String hours(Duration length) {
        long minutes = length.toMinutes();
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : (minutes / 60) + "," + (minutes % 60 * 10 / 60);
    }
}
