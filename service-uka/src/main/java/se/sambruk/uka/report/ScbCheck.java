package se.sambruk.uka.report;

import java.util.List;
import java.util.Map;

/**
 * One of the checks SCB's import makes of a municipality's file, made here before the export so
 * that each problem can be fixed where it is: on the person's page.
 */
public interface ScbCheck {

    /** The problems of one person in the period; empty when the check passes. */
    List<Problem> check(ScbReport.Individual person, Context context);

    /**
     * What a check may look at besides the person: the period, the day the check is made and the
     * municipality's code lists (list, code, whether it may still be chosen).
     */
    record Context(ReportPeriod period, java.time.LocalDate today, Map<String, Map<String, Boolean>> codes) {

        /** True when the code is in the list and may be chosen; false when retired; null when unknown. */
        public Boolean active(String list, String code) {
            return codes.getOrDefault(list, Map.of()).get(code);
        }
    }

    /**
     * A problem: whose, the message key and its arguments, and the part of the person's page where
     * it is fixed ({@code atgarder}, {@code omfattas}, or empty for the top).
     */
    record Problem(long personId, String name, String masked, String key, List<String> args, String anchor) {

        public static Problem of(ScbReport.Individual person, String key, String anchor, Object... args) {
            return new Problem(person.personId(), person.name(), person.masked(), key,
                    java.util.Arrays.stream(args).map(String::valueOf).toList(), anchor);
        }

        /** Where the problem is fixed. */
        public String link() {
            return "/uka/personer/" + personId + (anchor.isEmpty() ? "" : "#" + anchor);
        }
    }
}
