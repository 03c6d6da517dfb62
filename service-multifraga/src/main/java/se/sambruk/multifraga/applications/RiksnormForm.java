package se.sambruk.multifraga.applications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A year's riksnorm as the municipality's Multifråga administrator types it: the year, the personal
 * costs of a child in each age bracket ({@link Riksnorm#CHILD_BRACKETS}: {@code child0} for 0 years
 * ... {@code child7} for 19–20 years), of a single adult and of a couple together, the common
 * household costs for 1–7 persons, and where the amounts come from. The rules ({@link #check}):
 * <ul>
 * <li>the year 2000–2100;</li>
 * <li>every amount present, whole kronor (spaces allowed, no decimals), not negative, at most 100 000;</li>
 * <li>the source given (at most 300 characters);</li>
 * <li>a year already used by a decided application is not changed silently: the change needs a
 *     reason (10–500 characters), and it becomes a new version (the decided ones keep theirs).</li>
 * </ul>
 */
public record RiksnormForm(String year, String source, String reason, String child0, String child1, String child2, String child3,
                           String child4, String child5, String child6, String child7, String single, String couple, String common1,
                           String common2, String common3, String common4, String common5, String common6, String common7) {

    static final int MAX_AMOUNT = 100_000;

    public record Checked(Riksnorm norm, String reason, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The form filled in with a table's amounts, for the year given (a new year starts from the latest table before it). */
    public static RiksnormForm of(int year, Riksnorm norm) {
        List<String> c = norm.child().stream().map(String::valueOf).toList();
        List<String> h = norm.common().stream().map(String::valueOf).toList();
        return new RiksnormForm(String.valueOf(year), year == norm.year() ? norm.source() : "", "", c.get(0), c.get(1), c.get(2), c.get(3),
                c.get(4), c.get(5), c.get(6), c.get(7), String.valueOf(norm.single()), String.valueOf(norm.couple()), h.get(0), h.get(1),
                h.get(2), h.get(3), h.get(4), h.get(5), h.get(6));
    }

    /** The children's fields, in the order of the brackets. */
    public static List<String> childFields() {
        return List.of("child0", "child1", "child2", "child3", "child4", "child5", "child6", "child7");
    }

    /** The common household costs' fields, for 1..7 persons. */
    public static List<String> commonFields() {
        return List.of("common1", "common2", "common3", "common4", "common5", "common6", "common7");
    }

    /** Checks the form; {@code usedByDecision} says whether a decided application used a table of a year. */
    public Checked check(IntPredicate usedByDecision) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer y = null;
        try {
            y = Integer.valueOf(year == null ? "" : year.strip());
            if (y < 2000 || y > 2100) {
                y = null;
            }
        } catch (NumberFormatException e) {
            y = null;
        }
        if (y == null) {
            errors.put("year", "mf.norm.error.year");
        }
        List<String> childValues = List.of(nz(child0), nz(child1), nz(child2), nz(child3), nz(child4), nz(child5), nz(child6), nz(child7));
        List<String> commonValues = List.of(nz(common1), nz(common2), nz(common3), nz(common4), nz(common5), nz(common6), nz(common7));
        List<Integer> child = amounts(childFields(), childValues, errors);
        Integer s = amount("single", single, errors);
        Integer c = amount("couple", couple, errors);
        List<Integer> common = amounts(commonFields(), commonValues, errors);
        String src = source == null ? "" : source.strip();
        if (src.isEmpty() || src.length() > 300) {
            errors.put("source", "mf.norm.error.source");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 500) {
            errors.put("reason", "mf.norm.error.reasonLong");
        } else if (y != null && usedByDecision.test(y) && why.length() < 10) {
            errors.put("reason", "mf.norm.error.reason");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, null, errors);
        }
        return new Checked(new Riksnorm(y, src, Riksnorm.CHILD_BRACKETS, child, s, c, common), why.isEmpty() ? null : why, errors);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static List<Integer> amounts(List<String> fields, List<String> values, Map<String, String> errors) {
        List<Integer> amounts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            amounts.add(amount(fields.get(i), values.get(i), errors));
        }
        return amounts;
    }

    /** One amount: present, whole kronor, 0–100 000; null (and the field's error) otherwise. */
    static Integer amount(String field, String value, Map<String, String> errors) {
        String clean = value == null ? "" : value.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (clean.isEmpty()) {
            errors.put(field, "mf.norm.error.missing");
            return null;
        }
        if (!clean.matches("[+-]?\\d{1,9}")) {
            errors.put(field, "mf.norm.error.whole");
            return null;
        }
        int kronor = Integer.parseInt(clean);
        if (kronor < 0) {
            errors.put(field, "mf.norm.error.negative");
            return null;
        }
        if (kronor > MAX_AMOUNT) {
            errors.put(field, "mf.norm.error.large");
            return null;
        }
        return kronor;
    }
}
