package se.sambruk.provisum.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRulesTests {

    @Test
    void aPrincipalIsAskedFromTheSixteenthBirthday() {
        LocalDate birth = LocalDate.of(2010, 12, 8);
        assertThat(ConsentRules.oldEnough(birth, LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(ConsentRules.oldEnough(birth, LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(ConsentRules.oldEnough(LocalDate.of(1938, 3, 15), LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(ConsentRules.oldEnough(null, LocalDate.of(2026, 12, 7))).isFalse();
    }

    @Test
    void aPrincipalBornOnLeapDayTurnsSixteenOnLeapDay() {
        LocalDate birth = LocalDate.of(2008, 2, 29);
        assertThat(ConsentRules.oldEnough(birth, LocalDate.of(2024, 2, 28))).isFalse();
        assertThat(ConsentRules.oldEnough(birth, LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void onlyConsentAndWithdrawalCasesAskThePrincipal() {
        assertThat(ConsentRules.asksPrincipal(CaseType.SAMTYCKE)).isTrue();
        assertThat(ConsentRules.asksPrincipal(CaseType.UTTAGSTILLSTAND)).isTrue();
        assertThat(ConsentRules.asksPrincipal(CaseType.ARSRAKNING)).isFalse();
        assertThat(CaseType.UTTAGSTILLSTAND.hasStep("heard")).isTrue();
    }

    @Test
    void theQuestionIsRequiredAndBounded() {
        assertThat(ConsentRules.validQuestion("Får bostadsrätten säljas?")).isTrue();
        assertThat(ConsentRules.validQuestion("  ")).isFalse();
        assertThat(ConsentRules.validQuestion(null)).isFalse();
        assertThat(ConsentRules.validQuestion("x".repeat(1001))).isFalse();
    }
}
