package se.sambruk.multifraga.lookups;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.sambruk.multifraga.sources.Income;
import se.sambruk.multifraga.sources.SourceAnswer;

/**
 * The compiled view a caseworker decides from: per person and month of the look-up's period, the
 * incomes and benefits each source reported (gross, tax, net, the period they concern), with sums
 * per person and month and per household and month.
 *
 * <p>The rules: a payment belongs to the month its period starts in (else the month it was paid);
 * payments concerning months outside the look-up's period are listed apart, never summed. A source
 * that did not answer usably for a person (refused, failed, timed out, still waiting) is a
 * {@link Gap} of that person, and every month's sum of that person and of the household is then
 * marked incomplete: a missing answer never shows as zero. A source the caseworker's report types
 * do not cover is a gap too. An amount a source does not give (the
 * unemployment funds give only the net) is left out of the sum and the sum is marked partial.
 * What a source reports that is not income for the household is shown and never summed: a line
 * the source marks as not counted (a payment CSN has only planned, CSN's home equipment loan),
 * and yearly figures (Skatteverket's capital income per income year), listed per person and year.
 * Amounts are in öre.
 */
public final class CompiledView {

    /**
     * One payment as shown: its source, what it is, the period it concerns, when paid, and gross,
     * tax and net in öre (null: not given); {@code notCounted} why it is shown but not summed (null:
     * it counts); {@code year} the year of a yearly figure (Skatteverket's capital income).
     */
    public record Line(String source, String sourceName, String kind, LocalDate from, LocalDate to, LocalDate paidOn,
                       Long grossOre, Long taxOre, Long netOre, String notCounted, Integer year) {

        public Line(String source, String sourceName, String kind, LocalDate from, LocalDate to, LocalDate paidOn,
                    Long grossOre, Long taxOre, Long netOre) {
            this(source, sourceName, kind, from, to, paidOn, grossOre, taxOre, netOre, null, null);
        }

        public boolean counted() {
            return notCounted == null && year == null;
        }
    }

    /** A source that gave no usable answer for a person, with its state and message; or one the caseworker's report types do not cover ({@code notGranted}). */
    public record Gap(String source, String sourceName, SourceAnswer.State state, String message, boolean notGranted) {
    }

    /** Sums in öre; {@code partial} when some line lacked that figure (then the sum covers only the lines that had it). */
    public record Sum(long grossOre, boolean grossPartial, long taxOre, boolean taxPartial, long netOre, boolean netPartial, int lines) {

        static Sum of(List<Line> lines) {
            long gross = 0;
            long tax = 0;
            long net = 0;
            boolean grossPartial = false;
            boolean taxPartial = false;
            boolean netPartial = false;
            int counted = 0;
            for (Line line : lines) {
                if (!line.counted()) {
                    continue;
                }
                counted++;
                if (line.grossOre() == null) {
                    grossPartial = true;
                } else {
                    gross += line.grossOre();
                }
                if (line.taxOre() == null) {
                    taxPartial = true;
                } else {
                    tax += line.taxOre();
                }
                if (line.netOre() == null) {
                    netPartial = true;
                } else {
                    net += line.netOre();
                }
            }
            return new Sum(gross, grossPartial, tax, taxPartial, net, netPartial, counted);
        }
    }

    /** One person's month: the lines and their sum; {@code incomplete} when a source of this person gave no usable answer. */
    public record PersonMonth(YearMonth month, List<Line> lines, Sum sum, boolean incomplete) {
    }

    /** One person: the gaps, the months, the payments outside the period, and the yearly figures (never summed). */
    public record Person(int index, String masked, boolean protectedIdentity, List<Gap> gaps, List<PersonMonth> months, List<Line> outside,
                         List<Line> yearly) {

        public boolean complete() {
            return gaps.isEmpty();
        }
    }

    /** The household's month: the sum over its persons; {@code incomplete} when any person's sources are incomplete. */
    public record HouseholdMonth(YearMonth month, Sum sum, boolean incomplete) {
    }

    public record View(List<YearMonth> months, List<Person> persons, List<HouseholdMonth> household) {

        public boolean complete() {
            return persons.stream().allMatch(Person::complete);
        }

        public boolean anyProtectedIdentity() {
            return persons.stream().anyMatch(Person::protectedIdentity);
        }
    }

    private CompiledView() {
    }

    /** The months of a period, first to last. */
    public static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Compiles the answers of a look-up. {@code protectedIdentity} says, per person index, whether
     * anything (an answer, the core's marks) says the person has protected identity.
     */
    public static View compile(Lookup lookup, List<AnswerRow> rows, java.util.function.IntPredicate protectedIdentity) {
        List<YearMonth> months = months(lookup.from(), lookup.to());
        Map<Integer, List<AnswerRow>> byPerson = new LinkedHashMap<>();
        for (AnswerRow row : rows) {
            byPerson.computeIfAbsent(row.personIndex(), k -> new ArrayList<>()).add(row);
        }
        List<Person> persons = new ArrayList<>();
        for (Map.Entry<Integer, List<AnswerRow>> entry : byPerson.entrySet()) {
            List<Gap> gaps = new ArrayList<>();
            Map<YearMonth, List<Line>> perMonth = new LinkedHashMap<>();
            months.forEach(m -> perMonth.put(m, new ArrayList<>()));
            List<Line> outside = new ArrayList<>();
            List<Line> yearly = new ArrayList<>();
            boolean flagged = protectedIdentity.test(entry.getKey());
            String masked = entry.getValue().get(0).personMasked();
            for (AnswerRow row : entry.getValue()) {
                SourceAnswer answer = row.answer();
                if (!answer.usable() || row.withheld() == Disclosure.Withheld.REPORT_TYPE) {
                    gaps.add(new Gap(row.source(), row.sourceName(), answer.state(), answer.message(),
                            row.withheld() == Disclosure.Withheld.REPORT_TYPE));
                    continue;
                }
                flagged |= answer.protectedIdentity();
                for (Income income : answer.incomes()) {
                    Line line = new Line(row.source(), row.sourceName(), income.kind(), income.from(), income.to(), income.paidOn(),
                            ore(income.gross()), ore(income.tax()), ore(income.net()), income.notCounted(), income.year());
                    if (income.year() != null) {
                        yearly.add(line);
                        continue;
                    }
                    YearMonth month = income.month();
                    if (month != null && perMonth.containsKey(month)) {
                        perMonth.get(month).add(line);
                    } else {
                        outside.add(line);
                    }
                }
            }
            Comparator<Line> order = Comparator.comparing(Line::source).thenComparing(Line::from, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Line::paidOn, Comparator.nullsLast(Comparator.naturalOrder()));
            List<PersonMonth> personMonths = new ArrayList<>();
            for (Map.Entry<YearMonth, List<Line>> m : perMonth.entrySet()) {
                List<Line> lines = m.getValue().stream().sorted(order).toList();
                personMonths.add(new PersonMonth(m.getKey(), lines, Sum.of(lines), !gaps.isEmpty()));
            }
            outside.sort(Comparator.comparing(Line::paidOn, Comparator.nullsLast(Comparator.naturalOrder())));
            yearly.sort(Comparator.comparing(Line::year).reversed().thenComparing(Line::source).thenComparing(Line::kind));
            persons.add(new Person(entry.getKey(), masked, flagged, List.copyOf(gaps), List.copyOf(personMonths), List.copyOf(outside),
                    List.copyOf(yearly)));
        }
        List<HouseholdMonth> household = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            List<Line> all = new ArrayList<>();
            boolean incomplete = false;
            for (Person person : persons) {
                all.addAll(person.months().get(i).lines());
                incomplete |= !person.complete();
            }
            household.add(new HouseholdMonth(months.get(i), Sum.of(all), incomplete));
        }
        return new View(months, List.copyOf(persons), List.copyOf(household));
    }

    static Long ore(BigDecimal kronor) {
        return kronor == null ? null : kronor.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
