package se.sambruk.provisum.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuitabilityCheckTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void noCheckAtAllIsAllowedAndRecordsNothing() {
        SuitabilityCheck none = new SuitabilityCheck(null, false, false, false, null);
        assertThat(none.none()).isTrue();
        assertThat(none.complete()).isFalse();
        assertThat(none.problems(TODAY)).isEmpty();
    }

    @Test
    void aWholeCheckOnADateThatHasComeIsComplete() {
        SuitabilityCheck whole = new SuitabilityCheck(TODAY, true, true, true, "Inga anmärkningar");
        assertThat(whole.complete()).isTrue();
        assertThat(whole.problems(TODAY)).isEmpty();
    }

    @Test
    void aPartOfTheCheckIsRefused() {
        assertThat(new SuitabilityCheck(TODAY, true, false, true, null).problems(TODAY)).containsExactly(SuitabilityCheck.Problem.INCOMPLETE);
        assertThat(new SuitabilityCheck(TODAY, false, false, false, null).problems(TODAY)).containsExactly(SuitabilityCheck.Problem.INCOMPLETE);
        assertThat(new SuitabilityCheck(TODAY, true, true, false, null).complete()).isFalse();
    }

    @Test
    void theDateIsRequiredAndCannotBeInTheFuture() {
        assertThat(new SuitabilityCheck(null, true, true, true, null).problems(TODAY)).containsExactly(SuitabilityCheck.Problem.DATE_MISSING);
        assertThat(new SuitabilityCheck(TODAY.plusDays(1), true, true, true, null).problems(TODAY))
                .containsExactly(SuitabilityCheck.Problem.DATE_IN_FUTURE);
        assertThat(new SuitabilityCheck(TODAY.plusDays(1), true, false, true, null).problems(TODAY))
                .containsExactly(SuitabilityCheck.Problem.DATE_IN_FUTURE, SuitabilityCheck.Problem.INCOMPLETE);
    }
}
