package se.sambruk.uka.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Each action has a start date; one that has ended ends on or after its start, says why, and has
 * not ended in the future.
 */
public final class ActionDates implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        List<Problem> problems = new ArrayList<>();
        for (ScbReport.Act a : person.actions()) {
            if (a.start() == null) {
                problems.add(Problem.of(person, "uka.scb.check.actionNoStart", ScbCheck.fix(a)));
                continue;
            }
            if (a.end() != null && a.end().isBefore(a.start())) {
                problems.add(Problem.of(person, "uka.scb.check.actionEndBeforeStart", ScbCheck.fix(a), a.start(), a.end()));
            }
            if (a.end() != null && !a.end().isAfter(context.period().end()) && (a.endReason() == null || a.endReason().isBlank())) {
                problems.add(Problem.of(person, "uka.scb.check.actionNoReason", ScbCheck.fix(a), a.start()));
            }
            if (a.end() != null && a.end().isAfter(context.today())) {
                problems.add(Problem.of(person, "uka.scb.check.actionEndsInFuture", ScbCheck.fix(a), a.start(), a.end()));
            }
        }
        return problems;
    }
}
