package se.sambruk.bibblix.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The age ranges children choose between. A title belongs to every band its interest age range
 * (ONIX AudienceRange, or as a librarian set it) overlaps; a title without ages belongs to all.
 */
public enum AgeBand {
    YOUNG("6-8", 6, 8),
    MIDDLE("9-10", 9, 10),
    OLDER("11-12", 11, 12);

    private final String slug;
    private final int from;
    private final int to;

    AgeBand(String slug, int from, int to) {
        this.slug = slug;
        this.from = from;
        this.to = to;
    }

    public String slug() {
        return slug;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static Optional<AgeBand> bySlug(String slug) {
        return Arrays.stream(values()).filter(b -> b.slug.equals(slug)).findFirst();
    }

    public boolean overlaps(Integer ageFrom, Integer ageTo) {
        int lo = ageFrom == null ? 0 : ageFrom;
        int hi = ageTo == null ? 99 : ageTo;
        return lo <= to && hi >= from;
    }

    /** The band a title is counted in for statistics: the band of its lowest age (6-8 when it has none). */
    public static AgeBand of(Integer ageFrom) {
        if (ageFrom == null || ageFrom <= 8) {
            return YOUNG;
        }
        return ageFrom <= 10 ? MIDDLE : OLDER;
    }
}
