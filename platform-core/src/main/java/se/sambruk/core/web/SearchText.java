package se.sambruk.core.web;

import java.util.Optional;

/** Tolerant reading of what people type into search boxes and addresses. */
public final class SearchText {

    public static final int MAX_QUERY = 100;

    private SearchText() {
    }

    /** Trimmed, control characters removed, at most {@value #MAX_QUERY} characters; null when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}\\uFFFD]", "").strip();
        if (cleaned.length() > MAX_QUERY) {
            cleaned = cleaned.substring(0, MAX_QUERY);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static Optional<Long> parseId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }
}
