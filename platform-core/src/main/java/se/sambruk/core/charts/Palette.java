package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The series' colours and patterns. Each colour has at least 4.5:1 contrast with white (text and
 * bars on the page's background) and each series after the first adds a pattern of its own, so
 * no series is told from another by colour alone.
 */
final class Palette {

    static final String INK = "#1b1f23";
    static final String MUTED = "#4a5159";
    static final String GRID = "#d3d7db";
    static final String TRACK = "#eef0f2";
    static final String GOOD = "#1d6b4f";
    static final String BAD = "#b3541e";

    private static final String[] COLOURS = {"#1d6b4f", "#00507a", "#b3541e", "#5c3c92", "#4d4d4d", "#8a2b5c"};
    private static final String[] PATTERNS = {
        null,
        "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
        "M2,2 h0.01 M6,6 h0.01",
        "M0,4 h8 M4,0 v8",
        "M0,2 h8 M0,6 h8",
        "M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4",
    };
    /** Dash patterns for lines, one per series. */
    private static final String[] DASHES = {null, "8 4", "2 3", "10 3 2 3", "4 4", "1 2"};
    /** Marker shapes for lines, one per series: where to start relative to the point, and relative moves from there. */
    private static final double[][] MARKER_START = {{-4, 0}, {-3.6, -3.6}, {0, -4.6}, {0, -5}, {-4.5, -1.5}, {-1.5, -4.5}};
    private static final String[] MARKERS = {
        "a4,4 0 1,0 8,0 a4,4 0 1,0 -8,0",
        "h7.2 v7.2 h-7.2 z",
        "l4.4,7.8 h-8.8 z",
        "l5,5 l-5,5 l-5,-5 z",
        "h9 v3 h-9 z",
        "h3 v9 h-3 z",
    };

    private Palette() {
    }

    static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    static String dash(int series) {
        return DASHES[series % DASHES.length];
    }

    /** The path of series {@code series}' marker centred on (x, y). */
    static String marker(int series, double x, double y) {
        double[] start = MARKER_START[series % MARKERS.length];
        return "M" + Chart.Shape.r(x + start[0]) + "," + Chart.Shape.r(y + start[1]) + " " + MARKERS[series % MARKERS.length];
    }

    /** The fill of series {@code series}: its colour, or a pattern id of this chart. */
    static String fill(String chartId, int series) {
        return PATTERNS[series % PATTERNS.length] == null ? colour(series) : "url(#" + chartId + "-p" + series + ")";
    }

    /** The patterns the first {@code count} series need. */
    static List<Chart.Pattern> patterns(String chartId, int count) {
        List<Chart.Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = PATTERNS[i % PATTERNS.length];
            if (path != null) {
                patterns.add(new Chart.Pattern(chartId + "-p" + i, colour(i), path));
            }
        }
        return patterns;
    }

    /** The pattern of a goal that is not met: the warning colour with diagonal stripes. */
    static Chart.Pattern notMet(String chartId) {
        return new Chart.Pattern(chartId + "-bad", BAD, PATTERNS[1]);
    }
}
