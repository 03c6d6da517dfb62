package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured without a browser: a generous estimate of each character's width in a sans-serif
 * font, so that a label given the room measured here never runs past it; and labels wrapped at
 * spaces and hyphens to a width.
 */
final class ChartText {

    static final double LINE_HEIGHT = 1.25;

    private ChartText() {
    }

    /** The width of {@code text} at {@code fontSize}, rather too wide than too narrow. */
    static double width(String text, int fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljIt.,:;'!|()[] \u00a0".indexOf(c) >= 0) {
                em += 0.34;
            } else if ("mwMWÅÄÖ%@—–".indexOf(c) >= 0 || Character.isUpperCase(c)) {
                em += 0.86;
            } else {
                em += 0.6;
            }
        }
        return em * fontSize;
    }

    static double widest(List<String> lines, int fontSize) {
        return lines.stream().mapToDouble(line -> width(line, fontSize)).max().orElse(0);
    }

    /** {@code text} broken at spaces (and after hyphens) into lines no wider than {@code maxWidth} where a word allows. */
    static List<String> wrap(String text, double maxWidth, int fontSize) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("(?<=-)|\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String joined = line.isEmpty() ? word : line + (line.charAt(line.length() - 1) == '-' ? "" : " ") + word;
            if (!line.isEmpty() && width(joined, fontSize) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(joined);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The baseline of the first of {@code lines} lines so that the block is centred on {@code middle}. */
    static double firstBaseline(double middle, int lines, int fontSize) {
        return middle - (lines - 1) * fontSize * LINE_HEIGHT / 2 + fontSize * 0.35;
    }
}
