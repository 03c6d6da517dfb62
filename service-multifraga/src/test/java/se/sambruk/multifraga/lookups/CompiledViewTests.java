package se.sambruk.multifraga.lookups;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.multifraga.sources.Income;
import se.sambruk.multifraga.sources.SourceAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled view's rules: months, sums, gaps never as zero, partial sums, payments outside the period. */
class CompiledViewTests {

    Lookup lookup = new Lookup(1, 7, "EB-1", List.of("19900101-****", "19850709-****"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30),
            List.of("FK", "SO", "SKV"), "Utredning", "11 kap. 11 § SoL", "Handläggare", OffsetDateTime.now(), null, false);

    static Income income(String kind, String from, String gross, String tax, String net) {
        LocalDate start = LocalDate.parse(from);
        return new Income(kind, start, start.withDayOfMonth(start.lengthOfMonth()), start.withDayOfMonth(25),
                gross == null ? null : new BigDecimal(gross), tax == null ? null : new BigDecimal(tax), net == null ? null : new BigDecimal(net));
    }

    static AnswerRow row(int person, String source, SourceAnswer answer) {
        return new AnswerRow(person, person == 0 ? "19900101-****" : "19850709-****", source, source + " namn", answer, 100);
    }

    static SourceAnswer answered(Income... incomes) {
        return new SourceAnswer(SourceAnswer.State.ANSWERED, "ok", List.of(), List.of(incomes), false);
    }

    @Test
    void paymentsGoToTheMonthTheyConcernAndSumPerPersonAndHousehold() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "FK", answered(income("Sjukpenning", "2026-09-01", "9200.00", "2760.00", "6440.00"),
                        income("Bostadsbidrag", "2026-09-01", "1850", "0", "1850"),
                        income("Sjukpenning", "2026-10-01", "9200.00", "2760.00", "6440.00"))),
                row(1, "FK", answered(income("Barnbidrag", "2026-09-01", "1250", "0", "1250")))), i -> false);

        assertThat(view.months()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        CompiledView.PersonMonth september = view.persons().get(0).months().get(0);
        assertThat(september.lines()).hasSize(2);
        assertThat(september.sum().grossOre()).isEqualTo(1_105_000);
        assertThat(september.sum().taxOre()).isEqualTo(276_000);
        assertThat(september.sum().netOre()).isEqualTo(829_000);
        assertThat(september.incomplete()).isFalse();
        assertThat(view.persons().get(0).months().get(2).lines()).isEmpty();
        assertThat(view.household().get(0).sum().netOre()).isEqualTo(829_000 + 125_000);
        assertThat(view.household().get(1).sum().netOre()).isEqualTo(644_000);
        assertThat(view.household().get(2).sum().netOre()).isZero();
        assertThat(view.household()).noneMatch(CompiledView.HouseholdMonth::incomplete);
        assertThat(view.complete()).isTrue();
    }

    @Test
    void whatIsNotIncomeIsShownButNeverSummedAndYearlyFiguresAreListedApart() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        Income grant = new Income("CSN: Studiemedel bidrag", start, start.plusDays(27), LocalDate.of(2026, 9, 25), new BigDecimal("3524"),
                BigDecimal.ZERO, new BigDecimal("3524"));
        Income planned = new Income("CSN: Studiemedel lån", start, start.plusDays(27), LocalDate.of(2026, 9, 25), new BigDecimal("8604"),
                BigDecimal.ZERO, new BigDecimal("8604"), "PLANNED", null);
        Income homeLoan = new Income("CSN: Hemutrustningslån", null, null, LocalDate.of(2026, 9, 10), new BigDecimal("15000"),
                BigDecimal.ZERO, new BigDecimal("15000"), "HOME_EQUIPMENT_LOAN", null);
        Income capital = new Income("Kapitalinkomst: överskott", null, null, null, new BigDecimal("666"), null, null, null, 2025);
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "CSN", answered(grant, planned, homeLoan)),
                row(0, "SKV", answered(capital)),
                row(1, "FK", answered(income("Barnbidrag", "2026-09-01", "1250", "0", "1250")))), i -> false);

        CompiledView.Person person = view.persons().get(0);
        CompiledView.PersonMonth september = person.months().get(0);
        assertThat(september.lines()).extracting(CompiledView.Line::kind)
                .containsExactlyInAnyOrder("CSN: Studiemedel bidrag", "CSN: Studiemedel lån", "CSN: Hemutrustningslån");
        assertThat(september.sum().netOre()).isEqualTo(352_400);
        assertThat(september.sum().grossOre()).isEqualTo(352_400);
        assertThat(september.sum().lines()).isEqualTo(1);
        assertThat(september.sum().grossPartial()).isFalse();
        assertThat(person.yearly()).singleElement().satisfies(l -> {
            assertThat(l.year()).isEqualTo(2025);
            assertThat(l.grossOre()).isEqualTo(66_600);
            assertThat(l.counted()).isFalse();
        });
        assertThat(person.outside()).isEmpty();
        assertThat(person.months()).allSatisfy(m -> assertThat(m.lines()).noneMatch(l -> l.year() != null));
        assertThat(view.household().get(0).sum().netOre()).isEqualTo(352_400 + 125_000);
        assertThat(view.household().get(0).sum().grossPartial()).isFalse();
    }

    @Test
    void aSourceThatTimedOutOrRefusedIsAGapAndMakesEveryMonthIncompleteNeverZero() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "FK", answered(income("Sjukpenning", "2026-09-01", "9200", "2760", "6440"))),
                row(0, "SO", new SourceAnswer(SourceAnswer.State.TIMED_OUT, "Inget svar inom 3 s", List.of())),
                row(1, "FK", answered()),
                row(1, "SKV", SourceAnswer.refused("SKV svarade med fel 403"))), i -> false);

        CompiledView.Person first = view.persons().get(0);
        assertThat(first.gaps()).extracting(CompiledView.Gap::source).containsExactly("SO");
        assertThat(first.gaps().get(0).state()).isEqualTo(SourceAnswer.State.TIMED_OUT);
        assertThat(first.months()).allMatch(CompiledView.PersonMonth::incomplete);
        assertThat(view.persons().get(1).gaps()).extracting(CompiledView.Gap::state).containsExactly(SourceAnswer.State.REFUSED);
        assertThat(view.household()).allMatch(CompiledView.HouseholdMonth::incomplete);
        assertThat(view.complete()).isFalse();
    }

    @Test
    void anAmountTheSourceDoesNotGiveIsLeftOutAndTheSumMarkedPartial() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "SO", answered(income("Arbetslöshetsersättning", "2026-10-01", null, null, "1250.50")))), i -> false);
        CompiledView.PersonMonth october = view.persons().get(0).months().get(1);
        assertThat(october.lines().get(0).grossOre()).isNull();
        assertThat(october.sum().netOre()).isEqualTo(125_050);
        assertThat(october.sum().netPartial()).isFalse();
        assertThat(october.sum().grossPartial()).isTrue();
        assertThat(october.sum().taxPartial()).isTrue();
    }

    @Test
    void paymentsOutsideThePeriodAreListedApartAndNotSummed() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "SO", answered(income("Arbetslöshetsersättning", "2013-11-01", null, null, "1250.50"),
                        income("Arbetslöshetsersättning", "2026-11-01", null, null, "100")))), i -> false);
        CompiledView.Person person = view.persons().get(0);
        assertThat(person.outside()).hasSize(1);
        assertThat(person.outside().get(0).from()).isEqualTo(LocalDate.of(2013, 11, 1));
        assertThat(view.household().get(2).sum().netOre()).isEqualTo(10_000);
        assertThat(view.household().get(0).sum().lines()).isZero();
    }

    @Test
    void protectedIdentityFromAnAnswerOrTheCoreMarksThePerson() {
        SourceAnswer flagged = new SourceAnswer(SourceAnswer.State.ANSWERED, "ok", List.of(), List.of(), true);
        CompiledView.View view = CompiledView.compile(lookup, List.of(row(0, "AF", flagged), row(1, "FK", answered())), i -> false);
        assertThat(view.persons().get(0).protectedIdentity()).isTrue();
        assertThat(view.persons().get(1).protectedIdentity()).isFalse();
        CompiledView.View marked = CompiledView.compile(lookup, List.of(row(0, "FK", answered()), row(1, "FK", answered())), i -> i == 1);
        assertThat(marked.persons().get(1).protectedIdentity()).isTrue();
        assertThat(marked.anyProtectedIdentity()).isTrue();
    }

    @Test
    void aSourceOutsideTheCaseworkersReportTypesIsAGap() {
        AnswerRow withheld = new AnswerRow(0, "19900101-****", "TNS", "TNS namn",
                new SourceAnswer(SourceAnswer.State.ANSWERED, null, List.of(), List.of(), false), 100, Disclosure.Withheld.REPORT_TYPE);
        CompiledView.View view = CompiledView.compile(lookup, List.of(withheld), i -> false);
        assertThat(view.persons().get(0).gaps()).singleElement().satisfies(g -> assertThat(g.notGranted()).isTrue());
        assertThat(view.complete()).isFalse();
    }
}
