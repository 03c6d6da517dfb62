package se.sambruk.multifraga.followup;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of the decision form and the follow-up report's form. */
class FollowUpFormsTests {

    LocalDate today = LocalDate.of(2026, 12, 7);
    LocalDate lookupDay = LocalDate.of(2026, 12, 1);

    @Test
    void aDecisionNeedsAKnownOutcomeAndADayBetweenTheLookUpAndToday() {
        DecisionForm.Checked ok = new DecisionForm("PARTLY", "2026-12-03").check(today, lookupDay);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.outcome()).isEqualTo(CaseDecisions.Outcome.PARTLY);
        assertThat(new DecisionForm("MAYBE", "2026-12-03").check(today, lookupDay).errors()).containsOnlyKeys("outcome");
        assertThat(new DecisionForm(null, "x").check(today, lookupDay).errors()).containsEntry("outcome", "mf.error.outcome")
                .containsEntry("decidedOn", "mf.error.date");
        assertThat(new DecisionForm("GRANTED", "2026-12-08").check(today, lookupDay).errors()).containsEntry("decidedOn", "mf.error.decisionFuture");
        assertThat(new DecisionForm("REFUSED", "2026-11-30").check(today, lookupDay).errors())
                .containsEntry("decidedOn", "mf.error.decisionBeforeLookup");
        assertThat(new DecisionForm("REFUSED", "2026-12-01").check(today, lookupDay).ok()).isTrue();
    }

    @Test
    void theReviewNeedsAPeriodOfAtMostAYearAndASampleOf1To100() {
        FollowUpForm.Checked ok = new FollowUpForm("2026-01-01", "2026-12-31", "").check();
        assertThat(ok.ok()).isTrue();
        assertThat(ok.sample()).isEqualTo(10);
        assertThat(new FollowUpForm("2026-01-01", "2027-01-02", "5").check().errors()).containsEntry("from", "mf.error.reviewPeriodTooLong");
        assertThat(new FollowUpForm("2026-12-01", "2026-01-01", "5").check().errors()).containsEntry("to", "mf.error.periodBackwards");
        assertThat(new FollowUpForm("igår", null, "5").check().errors()).containsOnlyKeys("from", "to");
        assertThat(new FollowUpForm("2026-01-01", "2026-02-01", "0").check().errors()).containsEntry("sample", "mf.error.sample");
        assertThat(new FollowUpForm("2026-01-01", "2026-02-01", "101").check().errors()).containsEntry("sample", "mf.error.sample");
        assertThat(new FollowUpForm("2026-01-01", "2026-02-01", "tio").check().errors()).containsEntry("sample", "mf.error.sample");
        assertThat(new FollowUpForm("2026-01-01", "2026-02-01", "100").check().ok()).isTrue();
    }
}
