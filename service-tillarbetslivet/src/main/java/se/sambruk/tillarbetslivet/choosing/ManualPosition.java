package se.sambruk.tillarbetslivet.choosing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A position the coordinator types for a place: latitude and longitude in decimal degrees (WGS 84,
 * as a map or GPS shows them; a decimal comma is read too), both inside Sweden's bounds. The
 * checked point, or the message keys by field ({@code lat}, {@code lon}); nothing is saved on an error.
 */
public final class ManualPosition {

    /** Sweden's extent with a margin: Smygehuk 55.34° N, Treriksröset 69.06° N, Koster 10.96° E, Haparanda 24.17° E. */
    public static final double MIN_LAT = 55.0, MAX_LAT = 69.5, MIN_LON = 10.5, MAX_LON = 24.5;

    private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,3}([.,]\\d{1,10})?$");

    private ManualPosition() {
    }

    /** The point, or the errors by field. */
    public record Checked(Distance.Point point, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Checked check(String latText, String lonText) {
        Map<String, String> errors = new LinkedHashMap<>();
        Double lat = read(latText, "lat", MIN_LAT, MAX_LAT, errors);
        Double lon = read(lonText, "lon", MIN_LON, MAX_LON, errors);
        return new Checked(errors.isEmpty() ? new Distance.Point(lat, lon) : null, errors);
    }

    private static Double read(String text, String field, double min, double max, Map<String, String> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.put(field, "tal.position." + field + ".missing");
            return null;
        }
        if (value.length() > 20 || !DECIMAL.matcher(value).matches()) {
            errors.put(field, "tal.position.notANumber");
            return null;
        }
        double number = Double.parseDouble(value.replace(',', '.'));
        if (number < min || number > max) {
            errors.put(field, "tal.position." + field + ".outsideSweden");
            return null;
        }
        return number;
    }
}
