package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import se.sambruk.provisum.rules.Deadlines.Action;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRuleTests {

    /** Runs the daily job over a year (every {@code step} days) and answers what went out when. */
    static Map<Action, LocalDate> overAYear(LocalDate due, int step) {
        Map<Action, LocalDate> sent = new EnumMap<>(Action.class);
        Map<Action, LocalDate> order = new LinkedHashMap<>();
        for (LocalDate day = due.minusMonths(6); day.isBefore(due.plusMonths(6)); day = day.plusDays(step)) {
            Optional<Action> action = NoticeRule.toSend(due, day, sent);
            if (action.isPresent()) {
                assertThat(sent).as("sent twice on %s", day).doesNotContainKey(action.get());
                sent.put(action.get(), day);
                order.put(action.get(), day);
            }
        }
        return order;
    }

    @Test
    void overAYearOfDailyRunsEachNoticeGoesOnceInOrder() {
        LocalDate due = LocalDate.of(2026, 3, 1);
        Map<Action, LocalDate> sent = overAYear(due, 1);
        assertThat(sent.keySet()).containsExactly(Action.REMINDER, Action.OVERDUE_REMINDER, Action.INJUNCTION);
        assertThat(sent.get(Action.REMINDER)).isEqualTo(due.minusDays(14));
        assertThat(sent.get(Action.OVERDUE_REMINDER)).isEqualTo(due.plusDays(1));
        assertThat(sent.get(Action.INJUNCTION)).isEqualTo(due.plusDays(31));
    }

    @Test
    void aJobThatMissedTheReminderDaysRemindsBeforeItEnjoins() {
        LocalDate due = LocalDate.of(2026, 3, 1);
        Map<Action, LocalDate> sent = new EnumMap<>(Action.class);
        // first run 40 days after the deadline: a reminder, not the injunction
        assertThat(NoticeRule.toSend(due, due.plusDays(40), sent)).contains(Action.OVERDUE_REMINDER);
        sent.put(Action.OVERDUE_REMINDER, due.plusDays(40));
        assertThat(NoticeRule.toSend(due, due.plusDays(41), sent)).isEmpty();
        assertThat(NoticeRule.toSend(due, due.plusDays(46), sent)).isEmpty();
        assertThat(NoticeRule.toSend(due, due.plusDays(47), sent)).contains(Action.INJUNCTION);
        sent.put(Action.INJUNCTION, due.plusDays(47));
        assertThat(NoticeRule.toSend(due, due.plusDays(48), sent)).isEmpty();
    }

    @Test
    void nothingBeforeTheReminderWindowAndWeeklyRunsStillSendEachOnce() {
        LocalDate due = LocalDate.of(2026, 3, 1);
        assertThat(NoticeRule.toSend(due, due.minusDays(15), Map.of())).isEmpty();
        Map<Action, LocalDate> weekly = overAYear(due, 7);
        assertThat(weekly.keySet()).containsExactly(Action.REMINDER, Action.OVERDUE_REMINDER, Action.INJUNCTION);
        assertThat(weekly.get(Action.INJUNCTION)).isAfterOrEqualTo(weekly.get(Action.OVERDUE_REMINDER).plusDays(NoticeRule.INJUNCTION_AFTER_REMINDER_DAYS));
    }
}
