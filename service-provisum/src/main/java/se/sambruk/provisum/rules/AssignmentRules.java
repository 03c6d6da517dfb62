package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an assignment (uppdrag) from the court's decision must satisfy before the office registers
 * it: it ends on or after its start, its guardian has passed the suitability check (FB 11 kap.
 * 12 §), and a förmyndare manages a minor's assets (FB 10 kap. 1 §), so the principal is under 18
 * on the first day.
 */
public final class AssignmentRules {

    public enum Kind { GODMANSKAP, FORVALTARSKAP, FORMYNDARE }

    public enum Problem {
        END_BEFORE_START("endsOn"), GUARDIAN_NOT_CHECKED("guardian"), GUARDIAN_OF_ADULT("kind"), START_BEFORE_BIRTH("startsOn");

        private final String field;

        Problem(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private AssignmentRules() {
    }

    public static List<Problem> problems(Kind kind, LocalDate principalBorn, boolean guardianChecked, LocalDate startsOn, LocalDate endsOn) {
        List<Problem> problems = new ArrayList<>();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(Problem.END_BEFORE_START);
        }
        if (!guardianChecked) {
            problems.add(Problem.GUARDIAN_NOT_CHECKED);
        }
        if (startsOn != null && principalBorn != null) {
            if (startsOn.isBefore(principalBorn)) {
                problems.add(Problem.START_BEFORE_BIRTH);
            } else if (kind == Kind.FORMYNDARE && !startsOn.isBefore(principalBorn.plusYears(18))) {
                problems.add(Problem.GUARDIAN_OF_ADULT);
            }
        }
        return problems;
    }
}
