package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sambruk.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of each step of e-Ansökan's form: each step is checked on its own, with an error per field. */
class ApplicationFormTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final PersonalIdentityNumber APPLICANT = PersonalIdentityNumber.parse("198507099805", TODAY);
    static final PersonalIdentityNumber OTHER = PersonalIdentityNumber.parse("199001012385", TODAY);

    static ApplicationForm form() {
        return ApplicationForm.empty(YearMonth.of(2026, 12));
    }

    static ApplicationForm.Checked check(ApplicationForm form, Step step) {
        return form.check(step, TODAY, Set.of("2081"), APPLICANT);
    }

    @Test
    void eachStepIsCheckedOnItsOwn() {
        // an empty form passes every step but the start (no municipality), planning (nothing chosen) and payout (no account)
        assertThat(check(form(), Step.START).errors()).containsOnlyKeys("municipality");
        assertThat(check(form(), Step.HOUSEHOLD).ok()).isTrue();
        assertThat(check(form(), Step.INCOMES).ok()).isTrue();
        assertThat(check(form(), Step.COSTS).ok()).isTrue();
        assertThat(check(form(), Step.ASSETS).ok()).isTrue();
        assertThat(check(form(), Step.PLANNING).errors()).containsEntry("work", "mf.app.error.planNone");
        assertThat(check(form(), Step.PAYOUT).errors()).containsOnlyKeys("account");
        assertThat(check(form().withMunicipality("2081"), Step.START).part()).isEqualTo(new ApplicationForm.Start("2081", YearMonth.of(2026, 12)));
    }

    @Test
    void assetsWithAValueAreDescribedAndBounded() {
        ApplicationForm f = new ApplicationForm("", "", "", "", "", "", "", "", "", "", "", "", "12 500", "35000", "", "1200000", "",
                "-5", "", null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "");
        ApplicationForm.Checked checked = check(f, Step.ASSETS);
        assertThat(checked.errors()).containsEntry("vehiclesText", "mf.app.error.vehiclesText")
                .containsEntry("propertyText", "mf.app.error.propertyText").containsEntry("otherAssets", "mf.app.error.assetAmount")
                .doesNotContainKey("bankBalance");
        ApplicationForm good = new ApplicationForm("", "", "", "", "", "", "", "", "", "", "", "", "12 500", "35000", "Volvo V70 ABC123",
                "1200000", "Sommarstuga i Gagnef", "8000", "Fonder", null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "");
        ApplicationForm.Assets assets = (ApplicationForm.Assets) check(good, Step.ASSETS).part();
        assertThat(assets.total()).isEqualTo(12_500 + 35_000 + 1_200_000 + 8_000);
        assertThat(assets.otherText()).isEqualTo("Fonder");
    }

    @Test
    void eachChosenActivityNeedsWhatAndFromWhen() {
        ApplicationForm f = new ApplicationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "true", "", "", "true", "Inskriven på Arbetsförmedlingen", "2026-11-01", null, "ignored", "not a date", "true", "SFI C",
                "2028-01-01", "true", "Praktik", "2026-13-40", "");
        ApplicationForm.Checked checked = check(f, Step.PLANNING);
        assertThat(checked.errors()).containsEntry("workWhat", "mf.app.error.planWhat").containsEntry("workFrom", "mf.app.error.planFrom")
                .containsEntry("sfiFrom", "mf.app.error.planFromRange").containsEntry("otherActivityFrom", "mf.app.error.planFrom")
                .doesNotContainKeys("jobSeekingWhat", "jobSeekingFrom", "sickLeaveWhat", "sickLeaveFrom", "work");
        ApplicationForm good = new ApplicationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                null, "", "", "true", "Inskriven på Arbetsförmedlingen", "2026-11-01", null, "", "", "true", "SFI C, Komvux Borlänge",
                "2027-01-10", "true", "Praktik på biblioteket", "2026-12-01", "");
        ApplicationForm.Planning planning = (ApplicationForm.Planning) check(good, Step.PLANNING).part();
        assertThat(planning.activities()).extracting(ApplicationForm.Planned::kind)
                .containsExactly(ApplicationForm.Activity.JOB_SEEKING, ApplicationForm.Activity.SFI, ApplicationForm.Activity.OTHER);
        assertThat(good.chosen(ApplicationForm.Activity.SFI)).isTrue();
        assertThat(good.chosen(ApplicationForm.Activity.WORK)).isFalse();
    }

    @Test
    void theHouseholdAndCostsKeepTheirRules() {
        ApplicationForm f = new ApplicationForm("", "", "198507099805", "3, 25", "", "", "", "", "", "", "900", "", "", "", "", "", "", "", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "");
        assertThat(check(f, Step.HOUSEHOLD).errors()).containsEntry("coApplicant", "mf.app.error.coApplicantSelf")
                .containsEntry("childAges", "mf.app.error.childAges");
        assertThat(check(f, Step.COSTS).errors()).containsOnlyKeys("otherCostsText");
    }

    @Test
    void theStepsComeInOrder() {
        assertThat(Step.START.next()).contains(Step.HOUSEHOLD);
        assertThat(Step.PAYOUT.next()).isEmpty();
        assertThat(Step.ofSlug("tillgangar")).contains(Step.ASSETS);
        assertThat(Step.ofSlug("<script>")).isEmpty();
        assertThat(Step.PLANNING.number()).isEqualTo(6);
    }

    @Test
    void aCoApplicantNeedsAFirstNameAndTheirOwnIncomesEachFilledIn() {
        ApplicationForm unnamed = new ApplicationForm("", "", "198507099805", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "", " ", "", "", "");
        assertThat(unnamed.check(Step.HOUSEHOLD, TODAY, Set.of(), OTHER).errors()).containsOnly(
                Map.entry("coApplicantName", "mf.app.error.coApplicantName"));
        ApplicationForm odd = new ApplicationForm("", "", "198507099805", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "", "<b>", "", "", "");
        assertThat(odd.check(Step.HOUSEHOLD, TODAY, Set.of(), OTHER).errors()).containsOnlyKeys("coApplicantName");
        ApplicationForm named = new ApplicationForm("", "", "198507099805", "", "4000", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "", "Anna-Lena", "", "2 500", "x");
        ApplicationForm.Household household = (ApplicationForm.Household) named.check(Step.HOUSEHOLD, TODAY, Set.of(), OTHER).part();
        assertThat(household.coApplicantName()).isEqualTo("Anna-Lena");

        // with a co-applicant, each of the co-applicant's fields is required (0 when none) and checked; the applicant's empty is 0
        assertThat(named.check(Step.INCOMES, TODAY, Set.of(), OTHER, true).errors()).containsOnly(
                Map.entry("coIncomeSalary", "mf.app.error.incomeRequired"), Map.entry("coIncomeOther", "mf.app.error.amount"));
        ApplicationForm filled = new ApplicationForm("", "", "198507099805", "", "4000", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "", "Anna", "0", "2 500", "300");
        ApplicationForm.Incomes incomes = (ApplicationForm.Incomes) filled.check(Step.INCOMES, TODAY, Set.of(), OTHER, true).part();
        assertThat(incomes).isEqualTo(new ApplicationForm.Incomes(4_000, 0, 0, 0, 2_500, 300));
        // without a co-applicant the co-applicant's fields are not looked at
        assertThat(((ApplicationForm.Incomes) named.check(Step.INCOMES, TODAY, Set.of(), OTHER, false).part()).coSalary()).isNull();
    }
}
