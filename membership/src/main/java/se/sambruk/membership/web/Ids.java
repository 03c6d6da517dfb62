package se.sambruk.membership.web;

import java.util.Optional;

/** Ids and small numbers as people and sweeps type them into addresses and forms. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static long require(String text) {
        return parse(text).orElseThrow(NotFound::new);
    }

    /** A year between 2000 and 2100, or the fallback. */
    public static int year(String text, int fallback) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year >= 2000 && year <= 2100 ? year : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
