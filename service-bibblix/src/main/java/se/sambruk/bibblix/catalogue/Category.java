package se.sambruk.bibblix.catalogue;

import java.util.Locale;

/** A category children browse: a tile with a symbol, and the Thema prefixes that suggest it. */
public record Category(long id, String slug, String name, String nameEn, String symbol, String thema, int position) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
