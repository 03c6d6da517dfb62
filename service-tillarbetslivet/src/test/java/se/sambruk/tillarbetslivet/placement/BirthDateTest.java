package se.sambruk.tillarbetslivet.placement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.sambruk.tillarbetslivet.season.BirthDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A pupil's date of birth set by hand: an ISO date for an age of 5 to 30, or empty. */
class BirthDateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anIsoDateOfAPupilsAgeIsTakenAndEmptyRemovesIt() {
        assertThat(BirthDate.check(" 2011-05-31 ", TODAY)).isEqualTo(new BirthDate.Checked(LocalDate.of(2011, 5, 31), null));
        assertThat(BirthDate.check("", TODAY)).isEqualTo(new BirthDate.Checked(null, null));
        assertThat(BirthDate.check(null, TODAY).ok()).isTrue();
        // the bounds: five today, and the day before turning 31
        assertThat(BirthDate.check("2021-12-07", TODAY).ok()).isTrue();
        assertThat(BirthDate.check("1995-12-08", TODAY).ok()).isTrue();
    }

    @Test
    void somethingElseIsRefusedWithTheReason() {
        assertThat(BirthDate.check("2011-13-01", TODAY).error()).isEqualTo("tal.born.notADate");
        assertThat(BirthDate.check("31/05/2011", TODAY).error()).isEqualTo("tal.born.notADate");
        assertThat(BirthDate.check("20110531", TODAY).error()).isEqualTo("tal.born.notADate");
        assertThat(BirthDate.check("2021-12-08", TODAY).error()).isEqualTo("tal.born.outOfRange");
        assertThat(BirthDate.check("2027-01-01", TODAY).error()).isEqualTo("tal.born.outOfRange");
        assertThat(BirthDate.check("1995-12-07", TODAY).error()).isEqualTo("tal.born.outOfRange");
    }
}
