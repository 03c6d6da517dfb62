package se.sambruk.uka.report;

import java.util.ArrayList;
import java.util.List;

/** Each coverage period has a start; one that has ended ends on or after its start and says why. */
public final class CoverageDates implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        List<Problem> problems = new ArrayList<>();
        for (ScbReport.Coverage c : person.coverage()) {
            if (c.start() == null) {
                problems.add(Problem.of(person, "uka.scb.check.coverageNoStart", ScbCheck.fix(c)));
            } else if (c.end() != null && c.end().isBefore(c.start())) {
                problems.add(Problem.of(person, "uka.scb.check.coverageEndBeforeStart", ScbCheck.fix(c), c.start(), c.end()));
            }
            if (c.end() != null && !c.end().isAfter(context.period().end()) && (c.endReason() == null || c.endReason().isBlank())) {
                problems.add(Problem.of(person, "uka.scb.check.coverageNoReason", ScbCheck.fix(c), c.end()));
            }
        }
        return problems;
    }
}
