package se.sambruk.fixamingata.geo;

/** A municipality by its kommunkod (four digits, "1440") and name. */
public record Municipality(String kommunkod, String name) {
}
