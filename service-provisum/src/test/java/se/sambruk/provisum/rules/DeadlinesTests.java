package se.sambruk.provisum.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.sambruk.provisum.rules.Deadlines.Action;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

    @Test
    void theDeadlinesFollowFöräldrabalken() {
        assertThat(Deadlines.inventoryDue(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(Deadlines.annualAccountDue(2025)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Deadlines.finalAccountDue(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Deadlines.dueFor(CaseType.ARSRAKNING, LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void overAYearAnUnansweredAnnualAccountGoesFromNothingToReminderToInjunction() {
        LocalDate due = Deadlines.annualAccountDue(2025);
        int none = 0, reminders = 0, overdue = 0, injunctions = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            switch (Deadlines.actionOn(due, day)) {
                case NONE -> none++;
                case REMINDER -> reminders++;
                case OVERDUE_REMINDER -> overdue++;
                case INJUNCTION -> injunctions++;
            }
        }
        assertThat(Deadlines.actionOn(due, LocalDate.of(2026, 2, 14))).isEqualTo(Action.NONE);
        assertThat(Deadlines.actionOn(due, LocalDate.of(2026, 2, 15))).isEqualTo(Action.REMINDER);
        assertThat(Deadlines.actionOn(due, due)).isEqualTo(Action.REMINDER);
        assertThat(Deadlines.actionOn(due, LocalDate.of(2026, 3, 2))).isEqualTo(Action.OVERDUE_REMINDER);
        assertThat(Deadlines.actionOn(due, LocalDate.of(2026, 3, 31))).isEqualTo(Action.OVERDUE_REMINDER);
        assertThat(Deadlines.actionOn(due, LocalDate.of(2026, 4, 1))).isEqualTo(Action.INJUNCTION);
        assertThat(reminders).isEqualTo(15);
        assertThat(overdue).isEqualTo(30);
        assertThat(none + reminders + overdue + injunctions).isEqualTo(365);
    }

    @Test
    void everyChecklistStepCitesAParagraph() {
        for (CaseType type : CaseType.values()) {
            assertThat(type.steps()).isNotEmpty().allSatisfy(step -> assertThat(step.paragraph()).matches("FB \\d+ kap\\. \\d+ §"));
        }
    }
}
