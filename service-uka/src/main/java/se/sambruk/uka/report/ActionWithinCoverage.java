package se.sambruk.uka.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An action is offered within the activity responsibility: it starts while the person is covered,
 * and it does not go on after the coverage ended.
 */
public final class ActionWithinCoverage implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        List<Problem> problems = new ArrayList<>();
        for (ScbReport.Act a : person.actions()) {
            if (a.start() == null) {
                continue; // ActionDates reports it
            }
            ScbReport.Coverage during = person.coverage().stream()
                    .filter(c -> c.start() != null && !a.start().isBefore(c.start()) && (c.end() == null || !a.start().isAfter(c.end())))
                    .findFirst().orElse(null);
            if (during == null) {
                problems.add(Problem.of(person, "uka.scb.check.actionOutsideCoverage", ScbCheck.fix(a), a.start()));
            } else if (during.end() != null && !during.end().isAfter(context.period().end())) {
                LocalDate actionEnd = a.end();
                if (actionEnd == null || actionEnd.isAfter(during.end())) {
                    problems.add(Problem.of(person, "uka.scb.check.actionAfterCoverage", ScbCheck.fix(a), a.start(), during.end()));
                }
            }
        }
        return problems;
    }
}
