package se.sambruk.tillarbetslivet.workplace;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention rule tillarbetslivet.workplaces: when a workplace was last of use, and when that is too long ago. */
class WorkplaceActivityTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Instant THREE_YEARS_AGO = Instant.parse("2023-12-01T10:00:00Z");

    @Test
    void theLatestOfInvitationJoiningRegistrationAndTheLastDaysCounts() {
        Instant invited = Instant.parse("2023-01-10T08:00:00Z");
        Instant joined = Instant.parse("2023-02-01T08:00:00Z");
        assertThat(WorkplaceActivity.lastActive(invited, joined, null)).isEqualTo(joined);
        // a place's last day counts until the day's end in Swedish time
        assertThat(WorkplaceActivity.lastActive(invited, joined, null, LocalDate.of(2025, 6, 13), null, LocalDate.of(2024, 3, 1)))
                .isEqualTo(Instant.parse("2025-06-13T22:00:00Z"));
        assertThat(WorkplaceActivity.lastActive(null, null, null)).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aWorkplaceIsOutlivedOnlyWhenItsLastUseIsOlderThanThePeriod() {
        WorkplaceActivity idle = new WorkplaceActivity(1, 7, THREE_YEARS_AGO);
        assertThat(idle.outlived(NOW, 730)).isTrue();
        assertThat(idle.outlived(NOW, 3650)).isFalse();

        // invited three years ago, but a placement in a period that ended last spring keeps it
        Instant lastUse = WorkplaceActivity.lastActive(THREE_YEARS_AGO, null, null, null, null, LocalDate.of(2026, 5, 29));
        assertThat(new WorkplaceActivity(2, 7, lastUse).outlived(NOW, 730)).isFalse();
        assertThat(new WorkplaceActivity(2, 7, lastUse).outlived(NOW, 150)).isTrue();
    }
}
