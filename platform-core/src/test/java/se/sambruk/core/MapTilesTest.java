package se.sambruk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapTilesTest {

    @Test
    void theContentSecurityPolicyAllowsExactlyTheTileHost() {
        assertThat(new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OSM").imageSource())
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(MapTiles.source("https://{s}.tiles.example.se/karta/{z}/{y}/{x}.png?key=abc")).isEqualTo("https://*.tiles.example.se");
        assertThat(MapTiles.source("https://kartor.ale.se:8443/wmts/{z}/{x}/{y}")).isEqualTo("https://kartor.ale.se:8443");
        assertThat(MapTiles.source("http://localhost:9000/{z}/{x}/{y}.png")).isEqualTo("http://localhost:9000");
    }

    @Test
    void aTileUrlThatIsNotHttpsOrLacksTheTileNumbersStopsTheStart() {
        assertThatThrownBy(() -> MapTiles.source("http://tiles.example.se/{z}/{x}/{y}.png")).hasMessageContaining("https");
        assertThatThrownBy(() -> MapTiles.source("https://tiles.example.se/map.png")).hasMessageContaining("{z}");
    }
}
