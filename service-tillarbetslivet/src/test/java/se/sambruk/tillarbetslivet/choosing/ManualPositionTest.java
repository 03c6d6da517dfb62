package se.sambruk.tillarbetslivet.choosing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManualPositionTest {

    @Test
    void aPointInSwedenIsReadWithADecimalPointOrComma() {
        ManualPosition.Checked borlange = ManualPosition.check(" 60,4858 ", "15.4371");
        assertThat(borlange.ok()).isTrue();
        assertThat(borlange.point()).isEqualTo(new Distance.Point(60.4858, 15.4371));
        // the corners of Sweden are inside
        assertThat(ManualPosition.check("55.34", "13.36").ok()).isTrue();
        assertThat(ManualPosition.check("69.06", "20.55").ok()).isTrue();
        assertThat(ManualPosition.check("65.83", "24.17").ok()).isTrue();
    }

    @Test
    void aPointOutsideSwedenIsRefusedAtItsField() {
        // Oslo: the latitude is Swedish, the longitude is not
        assertThat(ManualPosition.check("59.91", "10.75").ok()).isTrue(); // inside the margin of the bounds
        assertThat(ManualPosition.check("52.52", "13.40").errors()).containsOnlyKeys("lat")
                .containsEntry("lat", "tal.position.lat.outsideSweden"); // Berlin
        assertThat(ManualPosition.check("60.17", "24.94").errors()).containsEntry("lon", "tal.position.lon.outsideSweden"); // Helsinki
        // swapped by mistake: 15.43, 60.48
        assertThat(ManualPosition.check("15.4371", "60.4858").errors()).containsOnlyKeys("lat", "lon");
    }

    @Test
    void textThatIsNoDecimalNumberIsRefused() {
        assertThat(ManualPosition.check("", "15.4").errors()).containsEntry("lat", "tal.position.lat.missing");
        assertThat(ManualPosition.check("60.4", null).errors()).containsEntry("lon", "tal.position.lon.missing");
        assertThat(ManualPosition.check("60°29'N", "15.4").errors()).containsEntry("lat", "tal.position.notANumber");
        assertThat(ManualPosition.check("NaN", "Infinity").errors()).containsOnlyKeys("lat", "lon");
        assertThat(ManualPosition.check("6e1", "15.4").errors()).containsEntry("lat", "tal.position.notANumber");
        assertThat(ManualPosition.check("60.1234567890123", "15.4").errors()).containsKey("lat");
        assertThat(ManualPosition.check("60.48", "15.43").point()).isNotNull();
    }
}
