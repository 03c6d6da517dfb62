package se.sambruk.tillarbetslivet.choosing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceTest {

    static final Distance.Point STOCKHOLM = new Distance.Point(59.3293, 18.0686);
    static final Distance.Point GOTEBORG = new Distance.Point(57.7089, 11.9746);

    @Test
    void measuresAlongTheEarthsSurface() {
        // Stockholm–Göteborg is about 397 km as the crow flies
        assertThat(Distance.km(STOCKHOLM, GOTEBORG)).isCloseTo(396.89, within(0.05));
        assertThat(Distance.km(GOTEBORG, STOCKHOLM)).isCloseTo(Distance.km(STOCKHOLM, GOTEBORG), within(1e-9));
        assertThat(Distance.km(STOCKHOLM, STOCKHOLM)).isZero();
        // half the way round the equator: π times the mean radius
        assertThat(Distance.km(new Distance.Point(0, 0), new Distance.Point(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-6));
        // one degree of latitude is about 111.2 km
        assertThat(Distance.km(new Distance.Point(57, 12), new Distance.Point(58, 12))).isCloseTo(111.19, within(0.01));
        // across the 180th meridian the short way
        assertThat(Distance.km(new Distance.Point(0, 179.5), new Distance.Point(0, -179.5))).isCloseTo(111.19, within(0.01));
    }

    @Test
    void keepsThePlacesWithinTheDistanceNearestFirstAndThoseWithoutAPositionLast() {
        Distance.Point school = new Distance.Point(57.9604912, 12.1503317); // Nödinge
        List<PupilChoices.Place> places = List.of(place(1, null, null), place(2, 57.8793451, 12.0384412), // Surte, 11.2 km
                place(3, 57.9610, 12.1510), // next door
                place(4, 59.3293, 18.0686), // Stockholm, far
                place(5, 57.97, null));
        List<Distance.Near> near = Distance.within(places, school, 20);
        assertThat(near).extracting(n -> n.place().id()).containsExactly(3L, 2L, 1L, 5L);
        assertThat(near.get(1).km()).isCloseTo(11.18, within(0.01));
        assertThat(near.get(2).km()).isNull();
        assertThat(Distance.within(places, school, 5)).extracting(n -> n.place().id()).containsExactly(3L, 1L, 5L);
    }

    static PupilChoices.Place place(long id, Double lat, Double lon) {
        return new PupilChoices.Place(id, "P" + id, "Arbetsplats " + id, "Handel", "Centrum", "Gatan 1", LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12), 13, 20, lat, lon);
    }
}
