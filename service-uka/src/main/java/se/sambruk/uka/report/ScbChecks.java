package se.sambruk.uka.report;

import java.util.ArrayList;
import java.util.List;

/** All checks, in the order their problems are listed. */
public final class ScbChecks {

    private static final List<ScbCheck> CHECKS = List.of(new ValidPersonnummer(), new AgeInRange(), new CoverageDates(),
            new ActionDates(), new ActionWithinCoverage(), new RegistrationReasonGiven(), new DeclinedOfferHasAction(), new KnownCodes());

    private ScbChecks() {
    }

    public static List<ScbCheck.Problem> check(List<ScbReport.Individual> people, ScbCheck.Context context) {
        List<ScbCheck.Problem> problems = new ArrayList<>();
        for (ScbReport.Individual person : people) {
            for (ScbCheck check : CHECKS) {
                problems.addAll(check.check(person, context));
            }
        }
        return problems;
    }
}
