package se.sambruk.tillarbetslivet.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.sambruk.tillarbetslivet.timerules.MinorsTimeRules;
import se.sambruk.tillarbetslivet.timerules.Violation;
import se.sambruk.tillarbetslivet.timerules.WorkDay;

/**
 * What a schedule must meet before it is saved: every day inside the period, and the time rules for
 * minors that apply to the period's kind and the pupil's school year (prao: all of
 * {@link MinorsTimeRules#PRAO}; praktik in compulsory school: the same hours without prao's ten
 * days). Each message cites its source.
 */
public final class ScheduleCheck {

    private ScheduleCheck() {
    }

    public static List<String> problems(PeriodKind kind, int schoolYear, LocalDate periodStart, LocalDate periodEnd, List<WorkDay> days) {
        List<String> problems = new ArrayList<>();
        for (WorkDay day : days) {
            if (day.date().isBefore(periodStart) || day.date().isAfter(periodEnd)) {
                problems.add(day.date() + " ligger utanför perioden (" + periodStart + " – " + periodEnd + ").");
            }
        }
        List<Violation> violations = switch (kind) {
            case PRAO -> MinorsTimeRules.checkPrao(days);
            case PRAKTIK -> schoolYear <= 9 ? MinorsTimeRules.checkCompulsorySchoolPraktik(days) : List.of();
            case APL -> List.of();
        };
        violations.forEach(v -> problems.add(v.message()));
        return problems;
    }
}
