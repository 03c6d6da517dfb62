package se.sambruk.bibblix.loan;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoanRulesTests {

    @Test
    void fiveLoansAWeekThenNoMoreUntilMonday() {
        assertThat(LoanRules.decide(0, false)).isEqualTo(LoanRules.Decision.OK);
        assertThat(LoanRules.decide(4, false)).isEqualTo(LoanRules.Decision.OK);
        assertThat(LoanRules.decide(5, false)).isEqualTo(LoanRules.Decision.WEEKLY_LIMIT_REACHED);
        assertThat(LoanRules.decide(9, false)).isEqualTo(LoanRules.Decision.WEEKLY_LIMIT_REACHED);
        assertThat(LoanRules.left(3)).isEqualTo(2);
        assertThat(LoanRules.left(7)).isZero();
    }

    @Test
    void theSameTitleOnceAtATime() {
        assertThat(LoanRules.decide(0, true)).isEqualTo(LoanRules.Decision.ALREADY_BORROWED);
    }

    @Test
    void theWeekStartsOnMondayMidnightSwedishTime() {
        // Sunday 23:30 in Stockholm is still last week; Monday 00:10 is the new one
        Instant sunday = ZonedDateTime.of(2026, 12, 13, 23, 30, 0, 0, LoanRules.SWEDEN).toInstant();
        Instant monday = ZonedDateTime.of(2026, 12, 14, 0, 10, 0, 0, LoanRules.SWEDEN).toInstant();
        assertThat(LoanRules.weekStart(sunday)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, LoanRules.SWEDEN).toInstant());
        assertThat(LoanRules.weekStart(monday)).isEqualTo(ZonedDateTime.of(2026, 12, 14, 0, 0, 0, 0, LoanRules.SWEDEN).toInstant());
        // across the change to summer time
        Instant spring = ZonedDateTime.of(2027, 3, 31, 12, 0, 0, 0, LoanRules.SWEDEN).toInstant();
        assertThat(LoanRules.weekStart(spring)).isEqualTo(ZonedDateTime.of(2027, 3, 29, 0, 0, 0, 0, LoanRules.SWEDEN).toInstant());
    }

    @Test
    void aLoanLasts28DaysAndThenIsOver() {
        Instant borrowed = Instant.parse("2026-12-07T09:00:00Z");
        Instant due = LoanRules.dueAt(borrowed);
        assertThat(due).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(LoanRules.over(due, due.minusSeconds(1))).isFalse();
        assertThat(LoanRules.over(due, due)).isTrue();
    }

    @Test
    void historyIsDeletedWhenTheLoanHasEndedAndTheMunicipalitysPeriodHasPassed() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        Instant ended = Instant.parse("2026-11-01T12:00:00Z");
        assertThat(HistoryRetention.due(ended, now, 30)).isTrue();
        assertThat(HistoryRetention.due(ended, now, 40)).isFalse();
        assertThat(HistoryRetention.due(null, now, 0)).isFalse();
        assertThat(HistoryRetention.due(now.minusSeconds(1), now, 0)).isTrue();
        assertThatThrownBy(() -> HistoryRetention.deleteEndedBefore(now, 366)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryRetention.deleteEndedBefore(now, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
