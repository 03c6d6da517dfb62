package se.sambruk.uka.report;

import java.util.ArrayList;
import java.util.List;

import se.sambruk.uka.people.CodeLists;

/**
 * Every code in the file is one of the municipality's code lists and may still be chosen: a
 * missing code, one no list has, or one the municipality has retired is a problem.
 */
public final class KnownCodes implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        List<Problem> problems = new ArrayList<>();
        for (ScbReport.Act a : person.actions()) {
            code(person, context, CodeLists.ACTION_CATEGORY, a.category(), true, ScbCheck.fix(a), problems);
            if (a.end() != null && !a.end().isAfter(context.period().end())) {
                code(person, context, CodeLists.ACTION_END_REASON, a.endReason(), false, ScbCheck.fix(a), problems);
            }
        }
        for (ScbReport.Coverage c : person.coverage()) {
            code(person, context, CodeLists.REGISTRATION_REASON, c.registrationReason(), false, "omfattas", problems);
            if (c.end() != null && !c.end().isAfter(context.period().end())) {
                code(person, context, CodeLists.END_REASON, c.endReason(), false, ScbCheck.fix(c), problems);
            }
        }
        return problems;
    }

    /** {@code required}: a missing code is this check's problem (otherwise the dates' checks say it). */
    private static void code(ScbReport.Individual person, Context context, String list, String code, boolean required, String anchor,
                             List<Problem> problems) {
        if (code == null || code.isBlank()) {
            if (required) {
                problems.add(Problem.of(person, "uka.scb.check.codeMissing", anchor, list));
            }
            return;
        }
        Boolean active = context.active(list, code);
        if (active == null) {
            problems.add(Problem.of(person, "uka.scb.check.codeUnknown", anchor, list, code));
        } else if (!active) {
            problems.add(Problem.of(person, "uka.scb.check.codeRetired", anchor, list, code));
        }
    }
}
