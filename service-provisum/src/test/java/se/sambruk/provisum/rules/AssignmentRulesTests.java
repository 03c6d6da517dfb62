package se.sambruk.provisum.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sambruk.provisum.rules.AssignmentRules.Kind.FORMYNDARE;
import static se.sambruk.provisum.rules.AssignmentRules.Kind.GODMANSKAP;
import static se.sambruk.provisum.rules.AssignmentRules.Problem.END_BEFORE_START;
import static se.sambruk.provisum.rules.AssignmentRules.Problem.GUARDIAN_NOT_CHECKED;
import static se.sambruk.provisum.rules.AssignmentRules.Problem.GUARDIAN_OF_ADULT;
import static se.sambruk.provisum.rules.AssignmentRules.Problem.START_BEFORE_BIRTH;

class AssignmentRulesTests {

    static final LocalDate ADULT_BORN = LocalDate.of(1944, 11, 2);
    static final LocalDate CHILD_BORN = LocalDate.of(2012, 5, 1);
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void aCheckedGuardiansOpenEndedAssignmentPasses() {
        assertThat(AssignmentRules.problems(GODMANSKAP, ADULT_BORN, true, START, null)).isEmpty();
        assertThat(AssignmentRules.problems(GODMANSKAP, ADULT_BORN, true, START, START)).isEmpty();
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        assertThat(AssignmentRules.problems(GODMANSKAP, ADULT_BORN, true, START, START.minusDays(1))).containsExactly(END_BEFORE_START);
    }

    @Test
    void aGuardianWithoutSuitabilityCheckIsRefused() {
        assertThat(AssignmentRules.problems(GODMANSKAP, ADULT_BORN, false, START, null)).containsExactly(GUARDIAN_NOT_CHECKED);
    }

    @Test
    void aForemyndareIsForAMinorOnTheFirstDay() {
        assertThat(AssignmentRules.problems(FORMYNDARE, CHILD_BORN, true, START, null)).isEmpty();
        assertThat(AssignmentRules.problems(FORMYNDARE, ADULT_BORN, true, START, null)).containsExactly(GUARDIAN_OF_ADULT);
        // the eighteenth birthday is the first day of adulthood
        assertThat(AssignmentRules.problems(FORMYNDARE, CHILD_BORN, true, CHILD_BORN.plusYears(18), null)).containsExactly(GUARDIAN_OF_ADULT);
        assertThat(AssignmentRules.problems(FORMYNDARE, CHILD_BORN, true, CHILD_BORN.plusYears(18).minusDays(1), null)).isEmpty();
    }

    @Test
    void anAssignmentCannotStartBeforeTheBirth() {
        assertThat(AssignmentRules.problems(FORMYNDARE, CHILD_BORN, true, CHILD_BORN.minusDays(1), null)).containsExactly(START_BEFORE_BIRTH);
    }
}
