package se.sambruk.tillarbetslivet.timerules;

import java.time.LocalTime;
import java.util.List;

/** A minor who has finished compulsory school does not work between 22:00 and 06:00. */
public final class AplNoNightWork implements TimeRule {

    public static final LocalTime EARLIEST = LocalTime.of(6, 0);
    public static final LocalTime LATEST = LocalTime.of(22, 0);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (minderårig som fullgjort skolplikten arbetar inte mellan kl. 22 och 06)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        return schedule.stream()
                .filter(day -> day.start().isBefore(EARLIEST) || day.end().isAfter(LATEST))
                .map(day -> new Violation("AplNoNightWork", citation(), day.date(),
                        day.date() + " " + day.start() + "–" + day.end() + " ligger utanför kl. 06–22 (" + citation() + ")."))
                .toList();
    }
}
