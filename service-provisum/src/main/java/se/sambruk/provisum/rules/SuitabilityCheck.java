package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's suitability check of a guardian (FB 11 kap. 12 §: "rättrådig, erfaren och i övrigt
 * lämplig"): the criminal record, the Enforcement Authority's register of debts and an interview,
 * on a date. A check is recorded only whole: all three parts on a date that has come.
 */
public record SuitabilityCheck(LocalDate checkedOn, boolean criminalRecord, boolean debts, boolean interview, String note) {

    /** What makes a check impossible to record; each names the form field it belongs to. */
    public enum Problem {
        DATE_MISSING("suitabilityCheckedOn"), DATE_IN_FUTURE("suitabilityCheckedOn"), INCOMPLETE("criminalRecordChecked");

        private final String field;

        Problem(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** No check at all: the guardian is registered as not yet checked. */
    public boolean none() {
        return checkedOn == null && !criminalRecord && !debts && !interview;
    }

    public boolean complete() {
        return checkedOn != null && criminalRecord && debts && interview;
    }

    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (none()) {
            return problems;
        }
        if (checkedOn == null) {
            problems.add(Problem.DATE_MISSING);
        } else if (checkedOn.isAfter(today)) {
            problems.add(Problem.DATE_IN_FUTURE);
        }
        if (!(criminalRecord && debts && interview)) {
            problems.add(Problem.INCOMPLETE);
        }
        return problems;
    }
}
