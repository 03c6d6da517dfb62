package se.sambruk.uka.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every coverage period in the report says why the young person is covered (SCB's "orsak till
 * registrering", reported since 1 July 2017). A code the municipality's list does not have is
 * {@link KnownCodes}' problem.
 */
public final class RegistrationReasonGiven implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        List<Problem> problems = new ArrayList<>();
        for (ScbReport.Coverage c : person.coverage()) {
            if (c.registrationReason() == null || c.registrationReason().isBlank()) {
                problems.add(Problem.of(person, "uka.scb.check.registrationReasonMissing", "omfattas", c.start()));
            }
        }
        return problems;
    }
}
