package se.sambruk.multifraga.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.multifraga.applications.IncomeComparison.Choice;
import se.sambruk.multifraga.applications.IncomeComparison.Kind;
import se.sambruk.multifraga.applications.IncomeComparison.Line;
import se.sambruk.multifraga.applications.IncomeComparison.State;
import se.sambruk.multifraga.lookups.AnswerRow;
import se.sambruk.multifraga.lookups.CompiledView;
import se.sambruk.multifraga.lookups.Lookup;
import se.sambruk.multifraga.sources.Income;
import se.sambruk.multifraga.sources.SourceAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** Declared incomes beside the agencies' answers: no answer, equal, differs, a paying source that failed; the caseworker's choices. */
class IncomeComparisonTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    Lookup lookup = new Lookup(1, 7, "EA-1", List.of("19900101-****", "19850709-****"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
            List.of("FK", "SO", "SKV"), "Utredning", "11 kap. 11 § SoL", "e-Ansökan (automatisk)", OffsetDateTime.now(), null, false);

    static Income income(String kind, String from, String net) {
        LocalDate start = LocalDate.parse(from);
        return new Income(kind, start, start.withDayOfMonth(start.lengthOfMonth()), start.withDayOfMonth(25), null, null,
                net == null ? null : new BigDecimal(net));
    }

    static AnswerRow row(int person, String source, String name, SourceAnswer answer) {
        return new AnswerRow(person, person == 0 ? "19900101-****" : "19850709-****", source, name, answer, 100);
    }

    static SourceAnswer answered(Income... incomes) {
        return new SourceAnswer(SourceAnswer.State.ANSWERED, "ok", List.of(), List.of(incomes), false);
    }

    List<Line> compare(int benefits, AnswerRow... rows) {
        CompiledView.View view = CompiledView.compile(lookup, List.of(rows), i -> false);
        return IncomeComparison.compare(12_000, benefits, 500, lookup, view, NOVEMBER, 100);
    }

    static Line benefits(List<Line> lines) {
        return lines.stream().filter(l -> l.kind() == Kind.BENEFITS).findFirst().orElseThrow();
    }

    @Test
    void withoutALookUpNoLineHasAnAgencyAnswerAndTheDeclaredAmountsCount() {
        List<Line> lines = IncomeComparison.compare(12_000, 3_000, 500, null, null, NOVEMBER, 100);
        assertThat(lines).extracting(Line::kind).containsExactly(Kind.SALARY, Kind.BENEFITS, Kind.OTHER);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.agency()).isNull();
            assertThat(l.state()).isEqualTo(State.NO_ANSWER);
            assertThat(l.choosable()).isFalse();
            assertThat(l.choiceRequired()).isFalse();
        });
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Choice> choices = IncomeComparison.choices(lines, Map.of(), errors);
        assertThat(errors).isEmpty();
        assertThat(IncomeComparison.counted(lines, choices)).isEqualTo(15_500);
        // the agencies' amount cannot be chosen where there is none
        Map<String, String> given = new HashMap<>();
        given.put("countBenefits", "AGENCY");
        IncomeComparison.choices(lines, given, errors);
        assertThat(errors).containsEntry("countBenefits", "mf.app.error.countChoice");
    }

    @Test
    void anAmountWithinTheThresholdIsEqualAndSalaryIsNeverComparedWithThePaymentSources() {
        List<Line> lines = compare(8_250,
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"), income("Sjukpenning", "2026-11-01", "6440.00"),
                        income("Sjukpenning", "2026-10-01", "6440.00"))),
                row(0, "SO", "Arbetslöshetskassorna", answered()),
                row(0, "SKV", "Skatteverket", answered()));
        Line benefits = benefits(lines);
        assertThat(benefits.agency()).isEqualTo(8_290);
        assertThat(benefits.state()).isEqualTo(State.EQUAL);
        assertThat(benefits.difference()).isEqualTo(40);
        assertThat(benefits.parts()).containsExactly(new IncomeComparison.Part("Försäkringskassan", 8_290));
        assertThat(benefits.incomplete()).isFalse();
        assertThat(benefits.choosable()).isTrue();
        assertThat(benefits.choiceRequired()).isFalse();
        assertThat(lines.get(0).state()).isEqualTo(State.NO_ANSWER);
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(IncomeComparison.counted(lines, IncomeComparison.choices(lines, Map.of(), errors))).isEqualTo(12_000 + 8_250 + 500);
        assertThat(errors).isEmpty();
    }

    @Test
    void aDifferenceAboveTheThresholdIsFlaggedAndTheCaseworkerMustChoose() {
        List<Line> lines = compare(2_000,
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"))),
                row(1, "FK", "Försäkringskassan", answered()),
                row(0, "SO", "Arbetslöshetskassorna", answered(income("Arbetslöshetsersättning", "2026-11-03", "1250.50"))),
                row(1, "SO", "Arbetslöshetskassorna", answered()));
        Line benefits = benefits(lines);
        assertThat(benefits.agency()).isEqualTo(3_101);
        assertThat(benefits.state()).isEqualTo(State.DIFFERS);
        assertThat(benefits.difference()).isEqualTo(1_101);
        assertThat(benefits.choiceRequired()).isTrue();

        Map<String, String> errors = new LinkedHashMap<>();
        IncomeComparison.choices(lines, Map.of(), errors);
        assertThat(errors).containsOnly(Map.entry("countBenefits", "mf.app.error.countRequired"));

        errors.clear();
        Map<String, Choice> agency = IncomeComparison.choices(lines, Map.of("countBenefits", "AGENCY"), errors);
        assertThat(errors).isEmpty();
        assertThat(IncomeComparison.counted(lines, agency)).isEqualTo(12_000 + 3_101 + 500);
        Map<String, Choice> declared = IncomeComparison.choices(lines, Map.of("countBenefits", "DECLARED"), errors);
        assertThat(IncomeComparison.counted(lines, declared)).isEqualTo(12_000 + 2_000 + 500);
        IncomeComparison.choices(lines, Map.of("countBenefits", "BOTH"), errors);
        assertThat(errors).containsOnly(Map.entry("countBenefits", "mf.app.error.countChoice"));
    }

    @Test
    void aPayingSourceThatFailedIsNamedAndNoAnswerAtAllIsNeverZero() {
        List<Line> lines = compare(3_000,
                row(0, "FK", "Försäkringskassan", SourceAnswer.refused("Tjänsten är inte tillgänglig")),
                row(0, "SO", "Arbetslöshetskassorna", answered(income("Arbetslöshetsersättning", "2026-11-03", "3000.00"))),
                row(0, "SKV", "Skatteverket", SourceAnswer.refused("Avvisad")));
        Line benefits = benefits(lines);
        assertThat(benefits.agency()).isEqualTo(3_000);
        assertThat(benefits.state()).isEqualTo(State.EQUAL);
        assertThat(benefits.missing()).containsExactly("Försäkringskassan");
        assertThat(benefits.incomplete()).isTrue();

        // every paying source failed: no agency amount, not 0 kr, and nothing to choose
        Line none = benefits(compare(3_000,
                row(0, "FK", "Försäkringskassan", SourceAnswer.refused("Avvisad")),
                row(0, "SO", "Arbetslöshetskassorna", new SourceAnswer(SourceAnswer.State.TIMED_OUT, "Inget svar i tid", List.of(), List.of(), false)),
                row(0, "SKV", "Skatteverket", answered())));
        assertThat(none.agency()).isNull();
        assertThat(none.state()).isEqualTo(State.NO_ANSWER);
        assertThat(none.missing()).containsExactly("Försäkringskassan", "Arbetslöshetskassorna");
        assertThat(none.choosable()).isFalse();

        // a payment without a net amount is left out and said so
        Line noNet = benefits(compare(0, row(0, "FK", "Försäkringskassan", answered(income("Sjukpenning", "2026-11-01", null))),
                row(0, "SO", "Arbetslöshetskassorna", answered())));
        assertThat(noNet.agency()).isZero();
        assertThat(noNet.netMissing()).isTrue();
        assertThat(noNet.incomplete()).isTrue();
    }

    @Test
    void theDecisionFormStartsWithTheDeclaredAmountExceptWhereADifferenceAsksForAChoice() {
        List<Line> differs = compare(0, row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"))));
        ApplicationDecisionForm form = ApplicationDecisionForm.empty(differs);
        assertThat(form.countSalary()).isEqualTo("DECLARED");
        assertThat(form.countBenefits()).isEmpty();
        assertThat(form.counts()).containsEntry("countOther", "DECLARED");
    }
    @Test
    void whatTheMunicipalitySetsAsNotIncomeIsLeftOutOfTheAgenciesAmountAndListedWithItsReason() {
        NotIncome notIncome = NotIncome.parse(List.of("SKV=årsuppgifter", "FK/Bostadsbidrag=Räknas inte här (test)"));
        AnswerRow[] rows = {
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"), income("Sjukpenning", "2026-11-01", "6440.00"))),
                row(0, "SO", "Arbetslöshetskassorna", answered()),
                row(0, "SKV", "Skatteverket", SourceAnswer.refused("Avvisad"))};
        CompiledView.View view = CompiledView.compile(lookup, List.of(rows), i -> false);
        Line benefits = benefits(IncomeComparison.compare(0, 6_440, 0, lookup, view, NOVEMBER, 100, notIncome));
        assertThat(benefits.agency()).isEqualTo(6_440);
        assertThat(benefits.state()).isEqualTo(State.EQUAL);
        assertThat(benefits.missing()).isEmpty();
        assertThat(IncomeComparison.notCounted(lookup, view, NOVEMBER, notIncome))
                .containsExactly(new IncomeComparison.NotCounted("19900101-****", "Försäkringskassan", "Bostadsbidrag", 1_850, "Räknas inte här (test)"));
        // with the default list the housing allowance counts, and Skatteverket's refusal still touches nothing
        assertThat(benefits(IncomeComparison.compare(0, 6_440, 0, lookup, view, NOVEMBER, 100, NotIncome.DEFAULT)).agency()).isEqualTo(8_290);
        assertThat(IncomeComparison.notCounted(lookup, view, NOVEMBER, NotIncome.DEFAULT)).isEmpty();
        // a source not set as not income is paying: its refusal is named as missing
        Line skvPays = benefits(IncomeComparison.compare(0, 6_440, 0, lookup, view, NOVEMBER, 100, NotIncome.parse(List.of("TNS=fordon"))));
        assertThat(skvPays.missing()).containsExactly("Skatteverket");
    }
    @Test
    void whatTheAgenciesPaidIsShownPerPersonByTheSameRules() {
        AnswerRow[] rows = {
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"))),
                row(1, "FK", "Försäkringskassan", answered(income("Sjukpenning", "2026-11-01", "6440.00"), income("Sjukpenning", "2026-10-01", "6440.00"))),
                row(0, "SO", "Arbetslöshetskassorna", answered(income("Arbetslöshetsersättning", "2026-11-03", "1250.50"))),
                row(1, "SO", "Arbetslöshetskassorna", SourceAnswer.refused("Avvisad")),
                row(0, "SKV", "Skatteverket", SourceAnswer.refused("Avvisad"))};
        CompiledView.View view = CompiledView.compile(lookup, List.of(rows), i -> false);
        List<IncomeComparison.PersonPaid> paid = IncomeComparison.perPerson(lookup, view, NOVEMBER, NotIncome.DEFAULT);
        assertThat(paid).extracting(IncomeComparison.PersonPaid::personMasked).containsExactly("19900101-****", "19850709-****");
        assertThat(paid.get(0).kronor()).isEqualTo(3_101);
        assertThat(paid.get(0).parts()).containsExactly(new IncomeComparison.Part("Försäkringskassan", 1_850),
                new IncomeComparison.Part("Arbetslöshetskassorna", 1_251));
        assertThat(paid.get(0).missing()).isEmpty();
        assertThat(paid.get(1).kronor()).isEqualTo(6_440);
        assertThat(paid.get(1).missing()).containsExactly("Arbetslöshetskassorna");
        // the household's benefits line is the persons' sum
        assertThat(benefits(IncomeComparison.compare(0, 0, 0, lookup, view, NOVEMBER, 100, NotIncome.DEFAULT)).agency()).isEqualTo(3_101 + 6_440);
        assertThat(IncomeComparison.perPerson(null, null, NOVEMBER, NotIncome.DEFAULT)).isEmpty();
    }

    @Test
    void eachAdultsDeclarationIsComparedWithWhatTheAgenciesPaidToThatAdultAlone() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"))),
                row(1, "FK", "Försäkringskassan", answered(income("Sjukpenning", "2026-11-01", "6440.00"))),
                row(0, "SO", "Arbetslöshetskassorna", answered()),
                row(1, "SO", "Arbetslöshetskassorna", SourceAnswer.refused("Avvisad")),
                row(0, "SKV", "Skatteverket", answered())), i -> false);
        List<IncomeComparison.Declared> declared = List.of(
                new IncomeComparison.Declared(IncomeComparison.Adult.APPLICANT, 0, 1_850, 0),
                new IncomeComparison.Declared(IncomeComparison.Adult.CO_APPLICANT, 9_000, 2_000, 300));
        List<Line> lines = IncomeComparison.compare(declared, false, lookup, view, NOVEMBER, 100, NotIncome.DEFAULT);
        assertThat(lines).extracting(Line::field).containsExactly("countSalary", "countBenefits", "countOther",
                "coCountSalary", "coCountBenefits", "coCountOther");
        Line own = lines.get(1);
        assertThat(own.agency()).isEqualTo(1_850);
        assertThat(own.state()).isEqualTo(State.EQUAL);
        assertThat(own.missing()).isEmpty();
        Line co = lines.get(4);
        assertThat(co.adult()).isEqualTo(IncomeComparison.Adult.CO_APPLICANT);
        assertThat(co.agency()).isEqualTo(6_440);
        assertThat(co.parts()).containsExactly(new IncomeComparison.Part("Försäkringskassan", 6_440));
        assertThat(co.state()).isEqualTo(State.DIFFERS);
        assertThat(co.missing()).containsExactly("Arbetslöshetskassorna");

        // the co-applicant's difference needs a choice of its own; the applicant's does not
        Map<String, String> errors = new LinkedHashMap<>();
        IncomeComparison.choices(lines, Map.of(), errors);
        assertThat(errors).containsOnly(Map.entry("coCountBenefits", "mf.app.error.countRequired"));
        errors.clear();
        Map<String, Choice> chosen = IncomeComparison.choices(lines, Map.of("coCountBenefits", "AGENCY", "countBenefits", "DECLARED"), errors);
        assertThat(errors).isEmpty();
        IncomeComparison.Counted counted = new IncomeComparison.Counted(lines, chosen);
        assertThat(counted.counted(IncomeComparison.Adult.APPLICANT)).isEqualTo(1_850);
        assertThat(counted.counted(IncomeComparison.Adult.CO_APPLICANT)).isEqualTo(9_000 + 6_440 + 300);
        assertThat(counted.incomes()).isEqualTo(1_850 + 9_000 + 6_440 + 300);
        assertThat(counted.adults()).containsExactly(IncomeComparison.Adult.APPLICANT, IncomeComparison.Adult.CO_APPLICANT);

        // the household's one declaration (an application made before incomes per adult) is compared with both persons' sum
        List<Line> household = IncomeComparison.compare(List.of(new IncomeComparison.Declared(IncomeComparison.Adult.APPLICANT, 0, 8_290, 0)),
                true, lookup, view, NOVEMBER, 100, NotIncome.DEFAULT);
        assertThat(household).hasSize(3);
        assertThat(household.get(1).agency()).isEqualTo(8_290);
        assertThat(household.get(1).state()).isEqualTo(State.EQUAL);
    }

    @Test
    void anAdultNoPayingSourceAnsweredForHasNoAgencyAmountWhileTheOtherAdultIsCompared() {
        CompiledView.View view = CompiledView.compile(lookup, List.of(
                row(0, "FK", "Försäkringskassan", answered(income("Bostadsbidrag", "2026-11-01", "1850.00"))),
                row(0, "SO", "Arbetslöshetskassorna", answered()),
                row(1, "FK", "Försäkringskassan", SourceAnswer.refused("Avvisad")),
                row(1, "SO", "Arbetslöshetskassorna", SourceAnswer.refused("Avvisad"))), i -> false);
        List<Line> lines = IncomeComparison.compare(List.of(
                new IncomeComparison.Declared(IncomeComparison.Adult.APPLICANT, 0, 0, 0),
                new IncomeComparison.Declared(IncomeComparison.Adult.CO_APPLICANT, 0, 500, 0)), false, lookup, view, NOVEMBER, 100,
                NotIncome.DEFAULT);
        assertThat(lines.get(1).state()).isEqualTo(State.DIFFERS);
        Line co = lines.get(4);
        assertThat(co.agency()).isNull();
        assertThat(co.state()).isEqualTo(State.NO_ANSWER);
        assertThat(co.missing()).containsExactly("Försäkringskassan", "Arbetslöshetskassorna");
        Map<String, String> errors = new LinkedHashMap<>();
        IncomeComparison.choices(lines, Map.of("countBenefits", "AGENCY", "coCountBenefits", "AGENCY"), errors);
        assertThat(errors).containsOnly(Map.entry("coCountBenefits", "mf.app.error.countChoice"));
    }
}
