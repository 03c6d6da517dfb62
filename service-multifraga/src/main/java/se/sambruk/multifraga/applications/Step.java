package se.sambruk.multifraga.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the application form, in order, each with its address on the applicant's pages
 * ({@code /e-tjanster/multifraga/ansokan/{id}/steg/<slug>}). Each is saved on its own; the
 * application can be signed when every step has been saved once.
 */
public enum Step {
    START("start"), HOUSEHOLD("hushall"), INCOMES("inkomster"), COSTS("kostnader"), ASSETS("tillgangar"), PLANNING("planering"),
    PAYOUT("utbetalning");

    private final String slug;

    Step(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The step's number for the applicant, 1–7. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one, empty after the last. */
    public Optional<Step> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Step> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<Step> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static List<Step> all() {
        return List.of(values());
    }
}
