package se.sambruk.tillarbetslivet.timerules;

import java.util.ArrayList;
import java.util.List;

/** Every time rule for a pupil's prao, checked together on a schedule. */
public final class MinorsTimeRules {

    public static final List<TimeRule> PRAO = List.of(new PraoWeekdaysOnly(), new PraoDaytimeOnly(), new PraoAtMostSevenHours(),
            new PraoTenDays());

    /** Praktik of a pupil in compulsory school: the same hours as prao, without prao's ten days. */
    public static final List<TimeRule> COMPULSORY_SCHOOL_PRAKTIK = List.of(new PraoWeekdaysOnly(), new PraoDaytimeOnly(),
            new PraoAtMostSevenHours());

    /**
     * APL and praktik in upper secondary school of a pupil under 18 (who has finished compulsory
     * school): the hours follow the workplace's, within these limits. A pupil of 18 or more follows
     * the workplace's hours without them.
     */
    public static final List<TimeRule> PAST_COMPULSORY_SCHOOL = List.of(new AplAtMostEightHoursADay(), new AplAtMostFortyHoursAWeek(),
            new AplNoNightWork(), new AplDailyRest(), new AplWeeklyRest());

    private MinorsTimeRules() {
    }

    public static List<Violation> checkPrao(List<WorkDay> schedule) {
        return check(PRAO, schedule);
    }

    public static List<Violation> checkCompulsorySchoolPraktik(List<WorkDay> schedule) {
        return check(COMPULSORY_SCHOOL_PRAKTIK, schedule);
    }

    public static List<Violation> checkPastCompulsorySchool(List<WorkDay> schedule) {
        return check(PAST_COMPULSORY_SCHOOL, schedule);
    }

    private static List<Violation> check(List<TimeRule> rules, List<WorkDay> schedule) {
        List<Violation> violations = new ArrayList<>();
        for (TimeRule rule : rules) {
            violations.addAll(rule.check(schedule));
        }
        return violations;
    }
}
