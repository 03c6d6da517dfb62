package se.sambruk.fixamingata.geo;

import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundariesTests {

    static Boundaries boundaries;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = BoundariesTests.class.getResourceAsStream("/fixamingata/municipalities.geojson")) {
            boundaries = Boundaries.read(in);
        }
    }

    @Test
    void allMunicipalitiesAreRead() {
        assertThat(boundaries.municipalities()).hasSize(290);
    }

    @Test
    void aPointIsInTheMunicipalityWhoseBoundaryHoldsIt() {
        assertThat(boundaries.locate(57.96, 12.15)).get().extracting(p -> p.municipality().name()).isEqualTo("Ale");
        assertThat(boundaries.locate(67.85, 20.22)).get().extracting(p -> p.municipality().name()).isEqualTo("Kiruna");
        assertThat(boundaries.locate(59.45, 17.95)).get().extracting(p -> p.municipality().kommunkod()).isEqualTo("0163");
        assertThat(boundaries.locate(57.96, 12.15).orElseThrow().nearBorder()).isFalse();
    }

    @Test
    void aPointWithin100MetresOfAnotherMunicipalityIsNearTheBorder() {
        Boundaries.Placement placement = boundaries.locate(58.0185, 12.1512).orElseThrow();
        assertThat(placement.municipality().name()).isEqualTo("Ale");
        assertThat(placement.nearBorderWith()).extracting(Municipality::name).contains("Lilla Edet");
    }

    @Test
    void pointsOutsideSwedenBelongNowhere() {
        assertThat(boundaries.locate(52.52, 13.40)).isEmpty(); // Berlin
        assertThat(boundaries.locate(60.17, 24.94)).isEmpty(); // Helsinki
        assertThat(boundaries.locate(Double.NaN, 12)).isEmpty();
    }
}
