package se.sambruk.fixamingata.alert;

import java.time.Instant;

/** An alert by e-mail: one report, an area around a point, or a whole municipality. */
public record Alert(long id, String email, Kind kind, Long reportId, Double lat, Double lon, Integer radiusMetres, String kommunkod,
                    String unsubscribeToken, Instant confirmedAt) {

    public enum Kind { REPORT, AREA, MUNICIPALITY }

    /** The radii a resident may choose, in metres. */
    public static final java.util.List<Integer> RADII = java.util.List.of(500, 1000, 2000);

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
