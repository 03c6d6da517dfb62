package se.sambruk.tillarbetslivet.placement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.tillarbetslivet.season.PlaceChange;
import se.sambruk.tillarbetslivet.season.PlaceChange.Change;
import se.sambruk.tillarbetslivet.season.PlaceChange.Placed;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceChangeTest {

    static final LocalDate MARCH_8 = LocalDate.of(2027, 3, 8), MARCH_19 = LocalDate.of(2027, 3, 19);
    static final Placed WEEKS_10_11 = new Placed(MARCH_8, MARCH_19);
    static final Placed WEEK_10 = new Placed(MARCH_8, LocalDate.of(2027, 3, 12));
    static final Placed WEEK_12 = new Placed(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 26));

    @Test
    void aChangeThatKeepsEveryPlacementIsAllowed() {
        assertThat(PlaceChange.check(new Change(2, MARCH_8, LocalDate.of(2027, 3, 26), 14, 16), List.of(WEEKS_10_11, WEEK_12))).isEmpty();
        // no pupils placed: anything in order goes
        assertThat(PlaceChange.check(new Change(1, MARCH_8, MARCH_8, 20, 20), List.of())).isEmpty();
    }

    @Test
    void noFewerSeatsThanPupilsPlacedAtTheSameTime() {
        // two pupils in weeks 10-11 and week 10 at once, a third in week 12: two seats are enough, one is not
        List<Placed> three = List.of(WEEKS_10_11, WEEK_10, WEEK_12);
        assertThat(PlaceChange.check(new Change(2, MARCH_8, LocalDate.of(2027, 3, 26), 13, 20), three)).isEmpty();
        var errors = PlaceChange.check(new Change(1, MARCH_8, LocalDate.of(2027, 3, 26), 13, 20), three);
        assertThat(errors).containsOnlyKeys("seats");
        assertThat(errors.get("seats").key()).isEqualTo("tal.change.fewerSeats");
        assertThat(errors.get("seats").args()).containsExactly(2);
    }

    @Test
    void datesThatNoLongerMeetAPlacedPupilsPeriodAreRefused() {
        var errors = PlaceChange.check(new Change(3, MARCH_8, MARCH_19, 13, 20), List.of(WEEK_12));
        assertThat(errors).containsOnlyKeys("endsOn");
        assertThat(errors.get("endsOn").key()).isEqualTo("tal.change.periodOutside");
        assertThat(errors.get("endsOn").args()).containsExactly("2027-03-22", "2027-03-26");
        assertThat(PlaceChange.check(new Change(3, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 26), 13, 20), List.of(WEEK_10)))
                .containsOnlyKeys("startsOn");
        // meeting the period on one day is enough, as when the pupil was placed
        assertThat(PlaceChange.check(new Change(3, MARCH_19, LocalDate.of(2027, 3, 22), 13, 20), List.of(WEEKS_10_11, WEEK_12))).isEmpty();
    }

    @Test
    void datesAndAgesInOrder() {
        assertThat(PlaceChange.check(new Change(1, MARCH_19, MARCH_8, 16, 14), List.of()).keySet()).containsExactly("endsOn", "maxAge");
        assertThat(PlaceChange.check(new Change(1, MARCH_8, MARCH_8.plusYears(1).plusDays(1), 13, 20), List.of()).get("endsOn").key())
                .isEqualTo("tal.offer.tooLong");
    }
}
