package se.sambruk.tillarbetslivet.choosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The distance along the earth's surface between two points (WGS84 degrees), by the haversine
 * formula on a sphere of the earth's mean radius (6371.0088 km): within a few tenths of a percent
 * of the ellipsoid's distance, more than enough for "within N km of my school".
 */
public final class Distance {

    /** The earth's mean radius (IUGG), in km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Distance() {
    }

    /** A point in WGS84 degrees. */
    public record Point(double lat, double lon) {
    }

    /** The distance in km between two points. */
    public static double km(Point from, Point to) {
        double phi1 = Math.toRadians(from.lat()), phi2 = Math.toRadians(to.lat());
        double dPhi = phi2 - phi1, dLambda = Math.toRadians(to.lon() - from.lon());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** A place of the bank with its distance from the pupil's point (null: the place has no position). */
    public record Near(PupilChoices.Place place, Double km) {
    }

    /**
     * The places within {@code maxKm} of {@code from}, nearest first, and after them the places
     * without a position (their distance unknown), in the order given.
     */
    public static List<Near> within(List<PupilChoices.Place> places, Point from, double maxKm) {
        List<Near> known = new ArrayList<>(), unknown = new ArrayList<>();
        for (PupilChoices.Place place : places) {
            if (place.lat() == null || place.lon() == null) {
                unknown.add(new Near(place, null));
            } else {
                double km = km(from, new Point(place.lat(), place.lon()));
                if (km <= maxKm) {
                    known.add(new Near(place, km));
                }
            }
        }
        known.sort(Comparator.comparingDouble(Near::km));
        known.addAll(unknown);
        return known;
    }
}
