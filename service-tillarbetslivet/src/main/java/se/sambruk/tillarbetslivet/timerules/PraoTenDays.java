package se.sambruk.tillarbetslivet.timerules;

import java.util.List;

/**
 * Prao comprises at least ten days from year 8; a schedule may hold part of them, but never more
 * than ten days in one go, and one day appears once.
 */
public final class PraoTenDays implements TimeRule {

    public static final int DAYS = 10;

    @Override
    public String citation() {
        return "skollagen (2010:800) 10 kap. 8 a § (prao omfattar minst tio dagar från årskurs 8)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        long distinct = schedule.stream().map(WorkDay::date).distinct().count();
        if (distinct < schedule.size()) {
            return List.of(new Violation("PraoTenDays", citation(), null, "Samma dag står flera gånger i schemat (" + citation() + ")."));
        }
        if (distinct > DAYS) {
            return List.of(new Violation("PraoTenDays", citation(), null,
                    "Schemat har " + distinct + " dagar; prao planeras som tio dagar (" + citation() + ")."));
        }
        return List.of();
    }
}
