package se.sambruk.tillarbetslivet.choosing;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.core.geo.Geocoder;

/**
 * Positions for the pupils' search by distance, through the core's geocoder: a place's from its
 * address when it is saved (a failure leaves the position empty and never blocks the save), and
 * the point the pupil measures from (an address the pupil types, or the school's name).
 */
@Component
public class PlacePositions {

    private static final Logger log = LoggerFactory.getLogger(PlacePositions.class);

    private final Geocoder geocoder;
    private final JdbcTemplate jdbc;

    PlacePositions(Geocoder geocoder, JdbcTemplate jdbc) {
        this.geocoder = geocoder;
        this.jdbc = jdbc;
    }

    /** Whether a geocoder is configured; without one there is no search by distance. */
    public boolean enabled() {
        return geocoder.enabled();
    }

    /** The best point for the text; empty when nothing is found, or the geocoder is off or does not answer. */
    public Optional<Distance.Point> locate(String text) {
        if (!geocoder.enabled() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Geocoder.Place> places = geocoder.search(text.strip());
            return places.stream().findFirst().map(p -> new Distance.Point(p.lat(), p.lon()));
        } catch (Geocoder.Unavailable unavailable) {
            log.info("Tillarbetslivet: no position for an address now: {}", unavailable.getMessage());
            return Optional.empty();
        }
    }

    /** Sets the place's position from its address (empty when not found). Whether it was found. */
    public boolean position(long org, long placeId, String address) {
        Optional<Distance.Point> point = locate(address);
        jdbc.update("update tillarbetslivet.place set lat = ?, lon = ? where organisation_id = ? and id = ?",
                point.map(Distance.Point::lat).orElse(null), point.map(Distance.Point::lon).orElse(null), org, placeId);
        return point.isPresent();
    }
}
