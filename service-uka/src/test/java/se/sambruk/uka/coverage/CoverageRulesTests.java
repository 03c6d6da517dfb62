package se.sambruk.uka.coverage;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRulesTests {

    static final LocalDate BORN = LocalDate.of(2008, 5, 10);

    static CoverageFacts facts(boolean registered, boolean compulsory, ProgrammeStatus programme) {
        return new CoverageFacts(BORN, registered, compulsory, programme);
    }

    @Test
    void aSeventeenYearOldWithoutAProgrammeWhoFinishedCompulsorySchoolIsCovered() {
        var outcome = CoverageRules.evaluate(facts(true, true, ProgrammeStatus.NONE), LocalDate.of(2025, 9, 1));
        assertThat(outcome.covered()).isTrue();
        assertThat(outcome.failing()).isEmpty();
    }

    @Test
    void coverageEndsOnTheTwentiethBirthdayNotTheDayBefore() {
        CoverageFacts f = facts(true, true, ProgrammeStatus.NONE);
        assertThat(new NotYetTwenty().holds(f, LocalDate.of(2028, 5, 9))).isTrue();
        assertThat(new NotYetTwenty().holds(f, LocalDate.of(2028, 5, 10))).isFalse();
        assertThat(CoverageRules.evaluate(f, LocalDate.of(2028, 5, 10)).failing()).containsExactly("uka.rule.under20");
        assertThat(CoverageRules.suggestedEndReason(f, LocalDate.of(2028, 5, 10))).isEqualTo("FYLLT_20");
    }

    @Test
    void aLeapDayChildTurnsTwentyOnItsBirthday() {
        CoverageFacts f = new CoverageFacts(LocalDate.of(2008, 2, 29), true, true, ProgrammeStatus.NONE);
        assertThat(new NotYetTwenty().holds(f, LocalDate.of(2028, 2, 28))).isTrue();
        assertThat(new NotYetTwenty().holds(f, LocalDate.of(2028, 2, 29))).isFalse();
    }

    @Test
    void attendingOrHavingCompletedANationalProgrammeEndsCoverage() {
        LocalDate today = LocalDate.of(2025, 9, 1);
        assertThat(CoverageRules.evaluate(facts(true, true, ProgrammeStatus.ATTENDING), today).failing()).containsExactly("uka.rule.noProgramme");
        assertThat(CoverageRules.evaluate(facts(true, true, ProgrammeStatus.COMPLETED), today).covered()).isFalse();
        assertThat(CoverageRules.suggestedEndReason(facts(true, true, ProgrammeStatus.ATTENDING), today)).isEqualTo("NATIONELLT_PROGRAM");
        assertThat(CoverageRules.suggestedEndReason(facts(true, true, ProgrammeStatus.COMPLETED), today)).isEqualTo("EXAMEN");
    }

    @Test
    void notRegisteredHereOrStillInCompulsorySchoolIsNotCovered() {
        LocalDate today = LocalDate.of(2025, 9, 1);
        assertThat(CoverageRules.evaluate(facts(false, true, ProgrammeStatus.NONE), today).failing()).containsExactly("uka.rule.registered");
        assertThat(CoverageRules.suggestedEndReason(facts(false, true, ProgrammeStatus.NONE), today)).isEqualTo("FLYTTAT");
        assertThat(CoverageRules.evaluate(facts(true, false, ProgrammeStatus.NONE), today).failing()).containsExactly("uka.rule.compulsory");
    }
}
