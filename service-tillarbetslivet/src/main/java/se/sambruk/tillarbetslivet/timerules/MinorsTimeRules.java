package se.sambruk.tillarbetslivet.timerules;

import java.util.ArrayList;
import java.util.List;

/** Every time rule for a pupil's prao, checked together on a schedule. */
public final class MinorsTimeRules {

    public static final List<TimeRule> PRAO = List.of(new PraoWeekdaysOnly(), new PraoDaytimeOnly(), new PraoAtMostSevenHours(),
            new PraoTenDays());

    private MinorsTimeRules() {
    }

    public static List<Violation> checkPrao(List<WorkDay> schedule) {
        List<Violation> violations = new ArrayList<>();
        for (TimeRule rule : PRAO) {
            violations.addAll(rule.check(schedule));
        }
        return violations;
    }
}
