package se.sambruk.core.geo;

import java.util.List;

/**
 * Turns a typed address into places on the map, so that the report form works without map tiles.
 * The port; {@link NominatimGeocoder} is the adapter for any Nominatim-compatible service.
 */
public interface Geocoder {

    /** Whether an address search is configured at all; when not, the pages do not offer it. */
    boolean enabled();

    /**
     * Places that match the text, best first, in Sweden only.
     *
     * @throws Unavailable when the service does not answer in time or answers with an error
     */
    List<Place> search(String text) throws Unavailable;

    /** A place found: its name as the service writes it, and its point (WGS84). */
    record Place(String name, double lat, double lon) {
    }

    /** The service could not answer now: too slow, down, refused us, or asked too often. */
    final class Unavailable extends Exception {
        public Unavailable(String reason) {
            super(reason);
        }
    }
}
