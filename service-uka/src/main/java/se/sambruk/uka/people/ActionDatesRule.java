package se.sambruk.uka.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An action's dates, the same when it is added and when it is corrected: it starts within the
 * person's life, does not end before it starts nor on a day that has not come yet, and an end
 * goes with a reason (and a reason with an end). The SCB checks {@code ActionDates} find the same
 * faults in what was recorded before this rule.
 */
public final class ActionDatesRule {

    private ActionDatesRule() {
    }

    public static List<DateProblem> check(LocalDate start, LocalDate end, boolean hasEndReason, LocalDate born, LocalDate today) {
        List<DateProblem> problems = new ArrayList<>();
        if (start != null && born != null && start.isBefore(born)) {
            problems.add(DateProblem.of("start", "uka.date.beforeBirth", born));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(DateProblem.of("end", "uka.action.endBeforeStart"));
        } else if (end != null && end.isAfter(today)) {
            problems.add(DateProblem.of("end", "uka.date.future"));
        }
        if (end != null && !hasEndReason) {
            problems.add(DateProblem.of("endReason", "uka.action.endReasonNeeded"));
        } else if (hasEndReason && end == null) {
            problems.add(DateProblem.of("end", "uka.action.endNeeded"));
        }
        return problems;
    }
}
