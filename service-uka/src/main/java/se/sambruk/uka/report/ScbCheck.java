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

    /** Where an action's problem is fixed: the form of that very action. */
    static String fix(ScbReport.Act action) {
        return "atgarder/" + action.id();
    }

    /** Where a coverage period's problem is fixed: the form of that very period. */
    static String fix(ScbReport.Coverage coverage) {
        return "perioder/" + coverage.id();
    }

    /**
     * A problem: whose, the message key and its arguments, and where it is fixed: a part of the
     * person's page ({@code omfattas}, or empty for the top) or the form of one record
     * ({@code atgarder/12}, {@code perioder/3}: see {@link #fix}).
     */
    record Problem(long personId, String name, String masked, String key, List<String> args, String anchor) {

        public static Problem of(ScbReport.Individual person, String key, String anchor, Object... args) {
            return new Problem(person.personId(), person.name(), person.masked(), key,
                    java.util.Arrays.stream(args).map(String::valueOf).toList(), anchor);
        }

        /** Where the problem is fixed. */
        public String link() {
            return "/uka/personer/" + personId + (anchor.isEmpty() ? "" : anchor.contains("/") ? "/" + anchor : "#" + anchor);
        }
    }
}
