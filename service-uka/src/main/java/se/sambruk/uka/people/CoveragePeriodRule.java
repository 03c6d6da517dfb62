package se.sambruk.uka.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A coverage period's dates, the same when coverage is ended by hand and when a period is
 * corrected: it starts within the person's life and not after today, does not end before it starts
 * nor on a day that has not come yet, an end goes with a reason (and a reason with an end), and it
 * overlaps none of the person's other periods (an open period runs on for ever, so a person has at
 * most one).
 */
public final class CoveragePeriodRule {

    private CoveragePeriodRule() {
    }

    public static List<DateProblem> check(LocalDate start, LocalDate end, boolean hasEndReason, LocalDate born, LocalDate today,
                                          List<Records.CoveragePeriod> others) {
        List<DateProblem> problems = new ArrayList<>();
        if (start != null && born != null && start.isBefore(born)) {
            problems.add(DateProblem.of("start", "uka.date.beforeBirth", born));
        } else if (start != null && start.isAfter(today)) {
            problems.add(DateProblem.of("start", "uka.date.future"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(DateProblem.of("end", "uka.coverage.endBeforeStart"));
        } else if (end != null && end.isAfter(today)) {
            problems.add(DateProblem.of("end", "uka.date.future"));
        }
        if (end != null && !hasEndReason) {
            problems.add(DateProblem.of("endReason", "uka.coverage.endReasonNeeded"));
        } else if (hasEndReason && end == null) {
            problems.add(DateProblem.of("end", "uka.coverage.endNeeded"));
        }
        if (start != null && (end == null || !end.isBefore(start))) {
            for (Records.CoveragePeriod other : others) {
                if (overlap(start, end, other.start(), other.end())) {
                    problems.add(DateProblem.of("start", "uka.coverage.overlaps", other.start(), other.end() == null ? "–" : other.end()));
                    break;
                }
            }
        }
        return problems;
    }

    /** Two periods share a day; a missing end is open (runs on). */
    static boolean overlap(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || !start.isAfter(otherEnd);
        boolean otherStartsBeforeThisEnds = end == null || !otherStart.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
