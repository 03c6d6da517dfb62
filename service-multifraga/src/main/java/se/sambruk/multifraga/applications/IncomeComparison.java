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
 * What each adult of the application declared beside what the agencies paid to that adult, per
 * income kind, for the month the look-up asked (the month before the month applied for).
 *
 * <p>The rules: each adult (the applicant, and the co-applicant when there is one) declares their
 * own salary, benefits and other incomes; an adult's agencies' amount is that person's net payments
 * of the month in the look-up's compiled view ({@link CompiledView}, as the caseworker may see it;
 * the applicant is the look-up's first person, the co-applicant its second), rounded to whole
 * kronor, leaving out what is not income ({@link NotIncome}: the municipality's list, and what the
 * compiled view itself does not count). An application made before incomes were asked per adult
 * declared the household's incomes together ({@code household}): its one declaration is compared
 * with all persons' payments. The sources Multifråga reads payments from (Försäkringskassan, the
 * unemployment funds, CSN, Pensionsmyndigheten, Migrationsverket…) pay benefits, so their sum
 * stands beside the declared <em>benefits</em>; no source reports salary or other incomes by month,
 * so those lines have no agency answer and count as declared. A source set as not income as a
 * whole (by default Skatteverket, Transportstyrelsen and Arbetsförmedlingen, which pay nothing):
 * its answers (or failures) do not touch the comparison. A paying source that gave no usable answer
 * for the person (refused, failed, timed out, still waiting) is named as missing: the agencies'
 * amount may then be too low; when no paying source answered for the person there is no agency
 * amount at all (never zero). A difference of more than the threshold (kronor) is flagged, and then
 * the caseworker must choose, for that person, which amount counts; otherwise the declared amount
 * counts unless the caseworker chooses the agencies'.
 */
public final class IncomeComparison {

    public enum Kind { SALARY, BENEFITS, OTHER }

    public enum State { NO_ANSWER, EQUAL, DIFFERS }

    public enum Choice { DECLARED, AGENCY }

    /** The adults of an application: the applicant (the look-up's first person) and the co-applicant (its second). */
    public enum Adult { APPLICANT, CO_APPLICANT }

    /** What one adult declared per month (for an application made before incomes per adult: the household's, as the applicant's). */
    public record Declared(Adult adult, int salary, int benefits, int other) {

        int of(Kind kind) {
            return switch (kind) {
                case SALARY -> salary;
                case BENEFITS -> benefits;
                case OTHER -> other;
            };
        }
    }

    /** A payment reported for the month that is not income for the calculation, with the person, its amount (null: no net) and why. */
    public record NotCounted(String personMasked, String sourceName, String kind, Integer kronor, String reason) {
    }

    /** One source's part of the agencies' amount, whole kronor. */
    public record Part(String sourceName, int kronor) {
    }

    /**
     * One adult's income kind: what the adult declared, what the agencies paid to the adult (null: no
     * answer), its parts per source, the state, the paying sources that gave no usable answer, and
     * whether some payment lacked a net amount.
     */
    public record Line(Adult adult, Kind kind, int declared, Integer agency, List<Part> parts, State state, List<String> missing,
                       boolean netMissing) {

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

        /** The decision form's field of this line's choice. */
        public String field() {
            return IncomeComparison.field(adult, kind);
        }
    }

    /** The lines with the amount counted of each (choices by the line's field): what the calculation's incomes are. */
    public record Counted(List<Line> lines, Map<String, Choice> choices) {

        public Choice choice(Line line) {
            return choices.getOrDefault(line.field(), Choice.DECLARED);
        }

        public int incomes() {
            return IncomeComparison.counted(lines, choices);
        }

        /** The lines of one adult. */
        public List<Line> of(Adult adult) {
            return lines.stream().filter(l -> l.adult() == adult).toList();
        }

        /** The adults with lines, in order. */
        public List<Adult> adults() {
            return lines.stream().map(Line::adult).distinct().sorted().toList();
        }

        /** What is counted for one adult: the sum of the chosen amounts of the adult's lines. */
        public int counted(Adult adult) {
            return IncomeComparison.counted(of(adult), choices);
        }
    }

    private IncomeComparison() {
    }

    /**
     * Compares the household's declared incomes (one declaration, as an application made before
     * incomes were asked per adult) with all persons of a look-up's compiled view for {@code month};
     * without a look-up ({@code lookup} or {@code view} null) every line has no agency answer.
     */
    public static List<Line> compare(int salary, int benefits, int other, Lookup lookup, CompiledView.View view, YearMonth month,
                                     int threshold) {
        return compare(salary, benefits, other, lookup, view, month, threshold, NotIncome.DEFAULT);
    }

    /** As {@link #compare(int, int, int, Lookup, CompiledView.View, YearMonth, int)}, with the municipality's list of what is not income. */
    public static List<Line> compare(int salary, int benefits, int other, Lookup lookup, CompiledView.View view, YearMonth month,
                                     int threshold, NotIncome notIncome) {
        return compare(List.of(new Declared(Adult.APPLICANT, salary, benefits, other)), true, lookup, view, month, threshold, notIncome);
    }

    /**
     * Compares each adult's declaration with what the agencies paid to that adult in {@code month}
     * (with {@code household}, the one declaration with all persons' payments); the lines in the
     * order of the declarations, salary, benefits, other for each.
     */
    public static List<Line> compare(List<Declared> declared, boolean household, Lookup lookup, CompiledView.View view, YearMonth month,
                                     int threshold, NotIncome notIncome) {
        List<Line> lines = new ArrayList<>();
        for (Declared adult : declared) {
            lines.add(declaredOnly(adult.adult(), Kind.SALARY, adult.salary()));
            if (lookup == null || view == null) {
                lines.add(declaredOnly(adult.adult(), Kind.BENEFITS, adult.benefits()));
            } else {
                List<CompiledView.Person> persons = view.persons().stream()
                        .filter(p -> household || p.index() == adult.adult().ordinal()).toList();
                lines.add(benefits(adult.adult(), adult.benefits(), lookup, persons, month, threshold, notIncome));
            }
            lines.add(declaredOnly(adult.adult(), Kind.OTHER, adult.other()));
        }
        return List.copyOf(lines);
    }

    private static Line declaredOnly(Adult adult, Kind kind, int declared) {
        return new Line(adult, kind, declared, null, List.of(), State.NO_ANSWER, List.of(), false);
    }

    private static Line benefits(Adult adult, int declared, Lookup lookup, List<CompiledView.Person> persons, YearMonth month, int threshold,
                                 NotIncome notIncome) {
        List<String> paying = lookup.sources().stream().filter(s -> !notIncome.source(s)).toList();
        Set<String> missing = new LinkedHashSet<>();
        int answeredPairs = 0;
        Map<String, Long> parts = new LinkedHashMap<>();
        boolean netMissing = false;
        for (CompiledView.Person person : persons) {
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
            return new Line(adult, Kind.BENEFITS, declared, null, List.of(), State.NO_ANSWER, List.copyOf(missing), false);
        }
        List<Part> partList = parts.entrySet().stream().map(e -> new Part(e.getKey(), kronor(e.getValue()))).toList();
        int agency = kronor(parts.values().stream().mapToLong(Long::longValue).sum());
        State state = Math.abs(agency - declared) > threshold ? State.DIFFERS : State.EQUAL;
        return new Line(adult, Kind.BENEFITS, declared, agency, partList, state, List.copyOf(missing), netMissing);
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
     * The choices as the caseworker gave them (by the line's field), checked against the lines: a
     * line that differs needs a choice ({@code errors} gets the field's message key), a choice of the
     * agencies' amount where there is none is refused; otherwise a missing choice is the declared amount.
     */
    public static Map<String, Choice> choices(List<Line> lines, Map<String, String> given, Map<String, String> errors) {
        Map<String, Choice> chosen = new LinkedHashMap<>();
        for (Line line : lines) {
            String value = given.get(line.field());
            Choice choice = null;
            if (value != null && !value.isBlank()) {
                try {
                    choice = Choice.valueOf(value.strip());
                } catch (IllegalArgumentException e) {
                    choice = null;
                }
                if (choice == null || (choice == Choice.AGENCY && !line.choosable())) {
                    errors.put(line.field(), "mf.app.error.countChoice");
                    continue;
                }
            }
            if (choice == null && line.choiceRequired()) {
                errors.put(line.field(), "mf.app.error.countRequired");
                continue;
            }
            chosen.put(line.field(), choice == null ? Choice.DECLARED : choice);
        }
        return chosen;
    }

    /** The decision form's field of an adult's choice of a kind: {@code countBenefits} for the applicant, {@code coCountBenefits} for the co-applicant. */
    public static String field(Adult adult, Kind kind) {
        String name = switch (kind) {
            case SALARY -> "Salary";
            case BENEFITS -> "Benefits";
            case OTHER -> "Other";
        };
        return adult == Adult.APPLICANT ? "count" + name : "coCount" + name;
    }

    /** The household's incomes as counted: each line's chosen amount (the declared one where nothing was chosen). */
    public static int counted(List<Line> lines, Map<String, Choice> choices) {
        return lines.stream().mapToInt(l -> l.counted(choices.getOrDefault(l.field(), Choice.DECLARED))).sum();
    }
}
