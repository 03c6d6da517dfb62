package se.sambruk.multifraga.applications;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.sambruk.multifraga.lookups.CompiledView;
import se.sambruk.multifraga.lookups.Lookup;

/**
 * What the applicant declared beside what the agencies answered, per income kind of the
 * application, for the month the look-up asked (the month before the month applied for).
 *
 * <p>The rules: the agencies' amount is the household's net payments of that month in the
 * look-up's compiled view ({@link CompiledView}, as the caseworker may see it), rounded to whole
 * kronor, leaving out what is not income ({@link NotIncome}: the municipality's list, and what the
 * compiled view itself does not count). The sources Multifråga reads payments from (Försäkringskassan, the unemployment funds,
 * CSN, Pensionsmyndigheten, Migrationsverket…) pay benefits, so their sum stands beside the
 * declared <em>benefits</em>; no source reports salary or other incomes by month, so those lines
 * have no agency answer and count as declared. A source set as not income as a whole (by default
 * Skatteverket, Transportstyrelsen and Arbetsförmedlingen, which pay nothing): its answers (or
 * failures) do not touch the comparison. A
 * paying source that gave no usable answer for a person (refused, failed, timed out, still
 * waiting) is named as missing: the agencies' amount may then be too low; when no paying source
 * answered for anyone there is no agency amount at all (never zero). A difference of more than
 * the threshold (kronor) is flagged, and then the caseworker must choose which amount counts;
 * otherwise the declared amount counts unless the caseworker chooses the agencies'.
 */
public final class IncomeComparison {

    public enum Kind { SALARY, BENEFITS, OTHER }

    public enum State { NO_ANSWER, EQUAL, DIFFERS }

    public enum Choice { DECLARED, AGENCY }

    /** A payment reported for the month that is not income for the calculation, with the person, its amount (null: no net) and why. */
    public record NotCounted(String personMasked, String sourceName, String kind, Integer kronor, String reason) {
    }

    /** One source's part of the agencies' amount, whole kronor. */
    public record Part(String sourceName, int kronor) {
    }

    /**
     * One income kind: what the applicant declared, what the agencies answered (null: no answer),
     * its parts per source, the state, the paying sources that gave no usable answer, and whether
     * some payment lacked a net amount.
     */
    public record Line(Kind kind, int declared, Integer agency, List<Part> parts, State state, List<String> missing, boolean netMissing) {

        public boolean choosable() {
            return agency != null;
        }

        /** A difference above the threshold: the caseworker must say which amount counts. */
        public boolean choiceRequired() {
            return state == State.DIFFERS;
        }

        public boolean incomplete() {
            return !missing.isEmpty() || netMissing;
        }

        public int difference() {
            return agency == null ? 0 : agency - declared;
        }

        public int counted(Choice choice) {
            return choice == Choice.AGENCY && agency != null ? agency : declared;
        }
    }

    /** The lines with the amount counted of each: what the calculation's incomes are. */
    public record Counted(List<Line> lines, Map<Kind, Choice> choices) {

        public Choice choice(Kind kind) {
            return choices.getOrDefault(kind, Choice.DECLARED);
        }

        public int incomes() {
            return counted(lines, choices);
        }
    }

    private IncomeComparison() {
    }

    /**
     * Compares the declared incomes with a look-up's compiled view for {@code month}; without a
     * look-up ({@code lookup} or {@code view} null) every line has no agency answer.
     */
    public static List<Line> compare(int salary, int benefits, int other, Lookup lookup, CompiledView.View view, YearMonth month,
                                     int threshold) {
        return compare(salary, benefits, other, lookup, view, month, threshold, NotIncome.DEFAULT);
    }

    /** As {@link #compare(int, int, int, Lookup, CompiledView.View, YearMonth, int)}, with the municipality's list of what is not income. */
    public static List<Line> compare(int salary, int benefits, int other, Lookup lookup, CompiledView.View view, YearMonth month,
                                     int threshold, NotIncome notIncome) {
        List<Line> lines = new ArrayList<>();
        lines.add(declaredOnly(Kind.SALARY, salary));
        lines.add(lookup == null || view == null ? declaredOnly(Kind.BENEFITS, benefits)
                : benefits(benefits, lookup, view, month, threshold, notIncome));
        lines.add(declaredOnly(Kind.OTHER, other));
        return List.copyOf(lines);
    }

    private static Line declaredOnly(Kind kind, int declared) {
        return new Line(kind, declared, null, List.of(), State.NO_ANSWER, List.of(), false);
    }

    private static Line benefits(int declared, Lookup lookup, CompiledView.View view, YearMonth month, int threshold, NotIncome notIncome) {
        List<String> paying = lookup.sources().stream().filter(s -> !notIncome.source(s)).toList();
        Set<String> missing = new LinkedHashSet<>();
        int answeredPairs = 0;
        Map<String, Long> parts = new LinkedHashMap<>();
        boolean netMissing = false;
        for (CompiledView.Person person : view.persons()) {
            Set<String> failed = new LinkedHashSet<>();
            for (CompiledView.Gap gap : person.gaps()) {
                if (paying.contains(gap.source())) {
                    failed.add(gap.source());
                    missing.add(gap.sourceName());
                }
            }
            answeredPairs += (int) paying.stream().filter(s -> !failed.contains(s)).count();
            for (CompiledView.PersonMonth personMonth : person.months()) {
                if (!personMonth.month().equals(month)) {
                    continue;
                }
                for (CompiledView.Line line : personMonth.lines()) {
                    if (!paying.contains(line.source()) || !line.counted() || notIncome.reason(line.source(), line.kind()).isPresent()) {
                        continue;
                    }
                    if (line.netOre() == null) {
                        netMissing = true;
                    } else {
                        parts.merge(line.sourceName(), line.netOre(), Long::sum);
                    }
                }
            }
        }
        if (answeredPairs == 0) {
            return new Line(Kind.BENEFITS, declared, null, List.of(), State.NO_ANSWER, List.copyOf(missing), false);
        }
        List<Part> partList = parts.entrySet().stream().map(e -> new Part(e.getKey(), kronor(e.getValue()))).toList();
        int agency = kronor(parts.values().stream().mapToLong(Long::longValue).sum());
        State state = Math.abs(agency - declared) > threshold ? State.DIFFERS : State.EQUAL;
        return new Line(Kind.BENEFITS, declared, agency, partList, state, List.copyOf(missing), netMissing);
    }

    /** One adult's payments of the month from the paying sources, as counted (whole kronor), and the paying sources that gave that person no answer. */
    public record PersonPaid(String personMasked, int kronor, List<Part> parts, List<String> missing) {
    }

    /**
     * What the agencies paid to each person of the look-up in the month (the applicant first, then
     * the co-applicant), by the same rules as the benefits line: the paying sources only, what is
     * not income left out, payments without a net amount left out.
     */
    public static List<PersonPaid> perPerson(Lookup lookup, CompiledView.View view, YearMonth month, NotIncome notIncome) {
        if (lookup == null || view == null) {
            return List.of();
        }
        List<String> paying = lookup.sources().stream().filter(s -> !notIncome.source(s)).toList();
        List<PersonPaid> persons = new ArrayList<>();
        for (CompiledView.Person person : view.persons()) {
            Map<String, Long> parts = new LinkedHashMap<>();
            for (CompiledView.PersonMonth personMonth : person.months()) {
                if (!personMonth.month().equals(month)) {
                    continue;
                }
                for (CompiledView.Line line : personMonth.lines()) {
                    if (paying.contains(line.source()) && line.counted() && line.netOre() != null
                            && notIncome.reason(line.source(), line.kind()).isEmpty()) {
                        parts.merge(line.sourceName(), line.netOre(), Long::sum);
                    }
                }
            }
            List<String> missing = person.gaps().stream().filter(g -> paying.contains(g.source())).map(CompiledView.Gap::sourceName).toList();
            persons.add(new PersonPaid(person.masked(), kronor(parts.values().stream().mapToLong(Long::longValue).sum()),
                    parts.entrySet().stream().map(e -> new Part(e.getKey(), kronor(e.getValue()))).toList(), missing));
        }
        return List.copyOf(persons);
    }

    /**
     * The payments of the month that are not income for the calculation: those the compiled view does
     * not count (with its reason) and those of a kind the municipality set as not income; a source set
     * as not income as a whole pays nothing and is not listed.
     */
    public static List<NotCounted> notCounted(Lookup lookup, CompiledView.View view, YearMonth month, NotIncome notIncome) {
        if (lookup == null || view == null) {
            return List.of();
        }
        List<NotCounted> lines = new ArrayList<>();
        for (CompiledView.Person person : view.persons()) {
            for (CompiledView.PersonMonth personMonth : person.months()) {
                if (!personMonth.month().equals(month)) {
                    continue;
                }
                for (CompiledView.Line line : personMonth.lines()) {
                    if (notIncome.source(line.source()) || line.year() != null) {
                        continue;
                    }
                    String reason = line.notCounted() != null ? line.notCounted() : notIncome.reason(line.source(), line.kind()).orElse(null);
                    if (reason != null) {
                        lines.add(new NotCounted(person.masked(), line.sourceName(), line.kind(),
                                line.netOre() == null ? null : kronor(line.netOre()), reason));
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    static int kronor(long ore) {
        return Math.toIntExact(Math.round(ore / 100.0));
    }

    /**
     * The choices as the caseworker gave them, checked against the lines: a line that differs
     * needs a choice ({@code errors} gets the field's message key), a choice of the agencies'
     * amount where there is none is refused; otherwise a missing choice is the declared amount.
     */
    public static Map<Kind, Choice> choices(List<Line> lines, Map<Kind, String> given, Map<String, String> errors) {
        Map<Kind, Choice> chosen = new LinkedHashMap<>();
        for (Line line : lines) {
            String value = given.get(line.kind());
            Choice choice = null;
            if (value != null && !value.isBlank()) {
                try {
                    choice = Choice.valueOf(value.strip());
                } catch (IllegalArgumentException e) {
                    choice = null;
                }
                if (choice == null || (choice == Choice.AGENCY && !line.choosable())) {
                    errors.put(field(line.kind()), "mf.app.error.countChoice");
                    continue;
                }
            }
            if (choice == null && line.choiceRequired()) {
                errors.put(field(line.kind()), "mf.app.error.countRequired");
                continue;
            }
            chosen.put(line.kind(), choice == null ? Choice.DECLARED : choice);
        }
        return chosen;
    }

    /** The decision form's field of a kind's choice. */
    public static String field(Kind kind) {
        return switch (kind) {
            case SALARY -> "countSalary";
            case BENEFITS -> "countBenefits";
            case OTHER -> "countOther";
        };
    }

    /** The household's incomes as counted: each line's chosen amount (the declared one where nothing was chosen). */
    public static int counted(List<Line> lines, Map<Kind, Choice> choices) {
        return lines.stream().mapToInt(l -> l.counted(choices.getOrDefault(l.kind(), Choice.DECLARED))).sum();
    }
}
