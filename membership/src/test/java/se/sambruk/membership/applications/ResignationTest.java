package se.sambruk.membership.applications;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResignationTest {

    @Test
    void theMembershipLastsThroughTheNoticePeriodToTheEndOfThatYear() {
        assertThat(Resignation.endOfNotice(LocalDate.of(2022, 3, 15), 12)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(Resignation.endOfNotice(LocalDate.of(2022, 3, 15), 6)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Resignation.endOfNotice(LocalDate.of(2022, 12, 31), 0)).isEqualTo(LocalDate.of(2022, 12, 31));
    }
}
