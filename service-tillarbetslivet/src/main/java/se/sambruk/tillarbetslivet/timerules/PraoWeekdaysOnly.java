package se.sambruk.tillarbetslivet.timerules;

import java.time.DayOfWeek;
import java.util.List;

/** Prao is done on weekdays: no Saturdays or Sundays. */
public final class PraoWeekdaysOnly implements TimeRule {

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (arbetstid för den som fullgör skolplikt)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        return schedule.stream()
                .filter(day -> day.date().getDayOfWeek() == DayOfWeek.SATURDAY || day.date().getDayOfWeek() == DayOfWeek.SUNDAY)
                .map(day -> new Violation("PraoWeekdaysOnly", citation(), day.date(),
                        day.date() + " är en " + (day.date().getDayOfWeek() == DayOfWeek.SATURDAY ? "lördag" : "söndag")
                                + ": prao görs bara på vardagar (" + citation() + ")."))
                .toList();
    }
}
