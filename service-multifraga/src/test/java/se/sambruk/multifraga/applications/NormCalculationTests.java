package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sambruk.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The riksnorm table, the calculation (norm + accepted costs − incomes, caps, other costs for review) and the application's checks. */
class NormCalculationTests {

    Riksnorm norm = Riksnorm.Y2021;
    NormCalculation.Caps caps = new NormCalculation.Caps(List.of(6500, 7500, 8500, 9500, 10500), 300);

    @Test
    void theNormTableGivesPersonalAndCommonCosts() {
        assertThat(norm.year()).isEqualTo(2021);
        assertThat(norm.source()).contains("SFS 2020:1013");
        assertThat(norm.child(0)).isEqualTo(2180);
        assertThat(norm.child(3)).isEqualTo(2170);
        assertThat(norm.child(7)).isEqualTo(3060);
        assertThat(norm.child(20)).isEqualTo(4000);
        assertThatThrownBy(() -> norm.child(21)).isInstanceOf(IllegalArgumentException.class);
        assertThat(norm.common(1)).isEqualTo(1020);
        assertThat(norm.common(7)).isEqualTo(2270);
        assertThat(norm.common(9)).isEqualTo(2270 + 2 * 170);
        assertThat(Riksnorm.forYear(2026)).isSameAs(Riksnorm.Y2021);
    }

    @Test
    void aSingleAdultsNeedIsTheNormPlusAcceptedCostsLessIncomes() {
        NormCalculation.Result result = NormCalculation.calculate(norm, caps, new NormCalculation.Household(1, List.of(), 6000, 300, 150, 0, 2000));
        assertThat(result.normTotal()).isEqualTo(3160 + 1020);
        assertThat(result.costsTotal()).isEqualTo(6000 + 300 + 150);
        assertThat(result.need()).isEqualTo(10_630);
        assertThat(result.assistance()).isEqualTo(8_630);
        assertThat(result.surplus()).isFalse();
        assertThat(result.costs()).allMatch(l -> l.note() == null);
    }

    @Test
    void aCoupleWithChildrenCountsEachChildAndTheCommonCostsOfTheWholeHousehold() {
        NormCalculation.Result result = NormCalculation.calculate(norm, caps,
                new NormCalculation.Household(2, List.of(3, 7), 9000, 500, 200, 0, 0));
        assertThat(result.normTotal()).isEqualTo(5700 + 2170 + 3060 + 1610);
        assertThat(result.norm()).extracting(NormCalculation.Line::label).contains("Personliga kostnader, sambor", "Personliga kostnader, barn 7 år");
        assertThat(result.costs().get(0).amount()).isEqualTo(9000);
    }

    @Test
    void rentAndInsuranceAboveTheMunicipalitysCapsCountOnlyToTheCapAndSaySo() {
        NormCalculation.Result result = NormCalculation.calculate(norm, caps, new NormCalculation.Household(1, List.of(), 8000, 0, 400, 1200, 0));
        assertThat(result.costs().get(0).amount()).isEqualTo(6500);
        assertThat(result.costs().get(0).note()).contains("6500");
        assertThat(result.costs().get(2).amount()).isEqualTo(300);
        assertThat(result.otherCostsForReview()).isEqualTo(1200);
        assertThat(result.need()).isEqualTo(4180 + 6500 + 300);
        NormCalculation.Result big = NormCalculation.calculate(norm, caps, new NormCalculation.Household(2, List.of(1, 2, 4, 9, 12), 20000, 0, 0, 0, 0));
        assertThat(big.costs().get(0).amount()).isEqualTo(10500);
    }

    @Test
    void incomesAboveTheNeedAreASurplusAndNoAssistance() {
        NormCalculation.Result result = NormCalculation.calculate(norm, caps, new NormCalculation.Household(1, List.of(), 5000, 0, 0, 0, 20000));
        assertThat(result.surplus()).isTrue();
        assertThat(result.assistance()).isZero();
        assertThatThrownBy(() -> NormCalculation.calculate(norm, caps, new NormCalculation.Household(3, List.of(), 0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The form with the fields of the one-page form of before; assets empty, no activity chosen. */
    static ApplicationForm form(String municipality, String month, String co, String ages, String salary, String benefits, String otherIncome,
                                String rent, String electricity, String insurance, String otherCosts, String otherText, String account) {
        return new ApplicationForm(municipality, month, co, ages, salary, benefits, otherIncome, rent, electricity, insurance, otherCosts,
                otherText, "0", "0", "", "0", "", "0", "", null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", account,
                co.isBlank() ? "" : "Kim", "", "", "");
    }

    @Test
    void theApplicationsChecks() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        PersonalIdentityNumber applicant = new PersonalIdentityNumber("198507099805");
        ApplicationForm good = form("2081", "2026-12", "19850709-9813", "3, 7", "0", "1 250", "0", "7200", "350", "180", "0", "",
                "8327-9 123 456 789");
        for (Step step : List.of(Step.START, Step.HOUSEHOLD, Step.INCOMES, Step.COSTS, Step.ASSETS, Step.PAYOUT)) {
            assertThat(good.check(step, today, Set.of("2081"), applicant).errors()).as(step.name()).isEmpty();
        }
        ApplicationForm.Household household = (ApplicationForm.Household) good.check(Step.HOUSEHOLD, today, Set.of("2081"), applicant).part();
        assertThat(household.childAges()).containsExactly(3, 7);
        assertThat(household.coApplicant().value()).isEqualTo("198507099813");
        ApplicationForm.Incomes incomes = (ApplicationForm.Incomes) good.check(Step.INCOMES, today, Set.of("2081"), applicant).part();
        assertThat(incomes.salary() + incomes.benefits() + incomes.other()).isEqualTo(1250);
        assertThat(((ApplicationForm.Payout) good.check(Step.PAYOUT, today, Set.of("2081"), applicant).part()).account()).isEqualTo("83279123456789");

        ApplicationForm bad = form("0180", "2027-03", "19850709-9805", "3, 25", "-5", "x", "0", "7200", "0", "0", "900", "", "12");
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (Step step : Step.all()) {
            errors.putAll(bad.check(step, today, Set.of("2081"), applicant).errors());
        }
        assertThat(errors).containsOnlyKeys("municipality", "month", "coApplicant", "childAges", "incomeSalary", "incomeBenefits",
                "otherCostsText", "work", "account");
        assertThat(errors).containsEntry("coApplicant", "mf.app.error.coApplicantSelf");
        assertThat(form("2081", "2026-09", "", "", "0", "0", "0", "0", "0", "0", "0", "", "1234567").check(Step.START, today, Set.of("2081"),
                applicant).errors()).containsOnlyKeys("month");
        assertThat(form("2081", "2026-10", "1985", "", "0", "0", "0", "0", "0", "0", "0", "", "1234567").check(Step.HOUSEHOLD, today,
                Set.of("2081"), applicant).errors()).containsEntry("coApplicant", "mf.app.error.coApplicant");
    }

    @Test
    void theDecisionsChecks() {
        assertThat(new ApplicationDecisionForm("GRANTED", "8630", "").check().ok()).isTrue();
        assertThat(new ApplicationDecisionForm("GRANTED", "", "").check().errors()).containsOnlyKeys("amount");
        assertThat(new ApplicationDecisionForm("PARTLY", "5000", "kort").check().errors()).containsOnlyKeys("reasons");
        assertThat(new ApplicationDecisionForm("REFUSED", "", "Inkomsterna överstiger behovet enligt riksnormen.").check().ok()).isTrue();
        assertThat(new ApplicationDecisionForm("MAYBE", "1", "").check().errors()).containsOnlyKeys("outcome");
    }
}
