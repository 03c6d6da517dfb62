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
 * days; APL and praktik in upper secondary school: {@link MinorsTimeRules#PAST_COMPULSORY_SCHOOL} for a
 * pupil under 18). Each message cites its source.
 */
public final class ScheduleCheck {

    private ScheduleCheck() {
    }

    /**
     * The schedule's problems, each message citing its source.
     *
     * @param bornOn the pupil's date of birth, when known: the rules for minors past compulsory school
     *               (APL, and praktik in upper secondary school) apply to the days before the pupil's 18th
     *               birthday, to every day when it is not known; from then on the workplace's hours apply
     */
    public static List<String> problems(PeriodKind kind, int schoolYear, LocalDate bornOn, LocalDate periodStart, LocalDate periodEnd,
                                        List<WorkDay> days) {
        List<String> problems = new ArrayList<>();
        for (WorkDay day : days) {
            if (day.date().isBefore(periodStart) || day.date().isAfter(periodEnd)) {
                problems.add(day.date() + " ligger utanför perioden (" + periodStart + " – " + periodEnd + ").");
            }
        }
        List<WorkDay> asMinor = bornOn == null ? days : days.stream().filter(day -> day.date().isBefore(bornOn.plusYears(18))).toList();
        List<Violation> violations = switch (kind) {
            case PRAO -> MinorsTimeRules.checkPrao(days);
            case PRAKTIK -> schoolYear <= 9 ? MinorsTimeRules.checkCompulsorySchoolPraktik(days)
                    : MinorsTimeRules.checkPastCompulsorySchool(asMinor);
            case APL -> MinorsTimeRules.checkPastCompulsorySchool(asMinor);
        };
        violations.forEach(v -> problems.add(v.message()));
        return problems;
    }
}
