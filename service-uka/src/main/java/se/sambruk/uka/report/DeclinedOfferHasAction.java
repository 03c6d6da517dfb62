package se.sambruk.uka.report;

import java.util.List;

/**
 * "Tackade nej" says the young person declined the first action offered: the action offered is
 * in the report too (with its category and dates), so a "declined" without any action in the
 * period is a problem.
 */
public final class DeclinedOfferHasAction implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        if (person.declinedOffer() && person.actions().isEmpty()) {
            return List.of(Problem.of(person, "uka.scb.check.declinedWithoutAction", "atgarder"));
        }
        return List.of();
    }
}
