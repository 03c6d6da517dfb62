package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.util.List;

/** A minor who has finished compulsory school works at most eight hours a day. */
public final class AplAtMostEightHoursADay implements TimeRule {

    public static final Duration MAX = Duration.ofHours(8);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (högst 8 timmar per dag för minderårig som fullgjort skolplikten)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        return schedule.stream()
                .filter(day -> day.length().compareTo(MAX) > 0)
                .map(day -> new Violation("AplAtMostEightHoursADay", citation(), day.date(),
                        day.date() + " har " + Hours.of(day.length()) + " timmar, mer än 8 (" + citation() + ")."))
                .toList();
    }
}
