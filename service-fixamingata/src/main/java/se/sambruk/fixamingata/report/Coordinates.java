package se.sambruk.fixamingata.report;

import java.util.Optional;

/** A point as a resident types it: decimal degrees, with a point or a comma. */
public record Coordinates(double lat, double lon) {

    public static Optional<Coordinates> parse(String lat, String lon) {
        Optional<Double> latitude = number(lat), longitude = number(lon);
        if (latitude.isEmpty() || longitude.isEmpty() || Math.abs(latitude.get()) > 90 || Math.abs(longitude.get()) > 180) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(latitude.get(), longitude.get()));
    }

    private static Optional<Double> number(String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
