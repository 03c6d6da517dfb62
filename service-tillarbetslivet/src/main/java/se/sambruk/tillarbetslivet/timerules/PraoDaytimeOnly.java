package se.sambruk.tillarbetslivet.timerules;

import java.time.LocalTime;
import java.util.List;

/** Prao is done between 07:00 and 20:00. */
public final class PraoDaytimeOnly implements TimeRule {

    public static final LocalTime EARLIEST = LocalTime.of(7, 0);
    public static final LocalTime LATEST = LocalTime.of(20, 0);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (arbete för den som fullgör skolplikt får inte förläggas mellan kl. 20 och 07)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        return schedule.stream()
                .filter(day -> day.start().isBefore(EARLIEST) || day.end().isAfter(LATEST))
                .map(day -> new Violation("PraoDaytimeOnly", citation(), day.date(),
                        day.date() + " " + day.start() + "–" + day.end() + " ligger utanför kl. 07–20 (" + citation() + ")."))
                .toList();
    }
}
