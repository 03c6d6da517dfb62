package se.sambruk.fixamingata.geo;

/** A municipality by its kommunkod (four digits, "1440") and name. */
public record Municipality(String kommunkod, String name) {

    /** "Ale kommun", "Kils kommun", "Hofors kommun": the genitive s after a consonant other than s, x, z. */
    public String displayName() {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        boolean noS = "aeiouyåäösxz".indexOf(last) >= 0;
        return name + (noS ? "" : "s") + " kommun";
    }
}
