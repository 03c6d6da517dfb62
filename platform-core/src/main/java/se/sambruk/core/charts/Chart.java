package se.sambruk.core.charts;

import java.util.List;

/**
 * A chart laid out for the fragment {@code fragments/charts :: chart(${chart})}: an SVG of
 * {@code width} by {@code height} user units drawn from {@code shapes} in order, the patterns
 * the shapes fill with, a legend (empty for one series), a text alternative and the figures as a
 * table. Made by the builders of this package, never by hand.
 *
 * @param id unique on the page; the patterns' ids start with it
 * @param title shown as the figure's caption and read first by screen readers
 * @param description the text alternative: what the chart shows, in words and figures
 * @param note an optional line under the chart (a source, what a line means), or null
 */
public record Chart(String kind, String id, String title, String description, String note, int width, int height,
                    List<Shape> shapes, List<Pattern> patterns, List<LegendItem> legend, Table table) {

    /** The text a screen reader reads for the image: title and description. */
    public String label() {
        return description == null || description.isBlank() ? title : title + ". " + description;
    }

    /**
     * One thing to draw. {@code kind} is rect, line, path or text; unused fields are null.
     * Coordinates are rounded to a tenth of a unit.
     */
    public record Shape(String kind, Double x, Double y, Double w, Double h, Double x2, Double y2, String d, String fill,
                        String stroke, Double strokeWidth, String dash, List<String> lines, String anchor, Integer fontSize,
                        String weight, Double lineHeight) {

        static double r(double v) {
            return Math.round(v * 10) / 10.0;
        }

        static Shape rect(double x, double y, double w, double h, String fill, String stroke) {
            return new Shape("rect", r(x), r(y), r(Math.max(0, w)), r(Math.max(0, h)), null, null, null, fill, stroke,
                    stroke == null ? null : 1.0, null, null, null, null, null, null);
        }

        static Shape line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
            return new Shape("line", r(x1), r(y1), null, null, r(x2), r(y2), null, null, stroke, width, dash, null, null, null, null, null);
        }

        static Shape path(String d, String fill, String stroke, double width, String dash) {
            return new Shape("path", null, null, null, null, null, null, d, fill, stroke, stroke == null ? null : width, dash,
                    null, null, null, null, null);
        }

        /** Text at (x, y), y being the first line's baseline; more lines follow one line height below. */
        static Shape text(double x, double y, List<String> lines, String anchor, int fontSize, boolean bold, String fill) {
            return new Shape("text", r(x), r(y), null, null, null, null, null, fill, null, null, null, List.copyOf(lines), anchor,
                    fontSize, bold ? "bold" : null, r(fontSize * ChartText.LINE_HEIGHT));
        }

        static Shape text(double x, double y, String text, String anchor, int fontSize) {
            return text(x, y, List.of(text), anchor, fontSize, false, Palette.INK);
        }
    }

    /** A fill pattern: a colour with white strokes along {@code path} on an 8 by 8 tile (no path: plain colour). */
    public record Pattern(String id, String color, String path) {
    }

    /**
     * One legend entry: a swatch (filled with {@code fill}, or for lines drawn with {@code stroke},
     * {@code dash} and the marker {@code marker}) and its label.
     */
    public record LegendItem(String label, String fill, String stroke, String dash, String marker) {
    }

    /** The figures as a table: a caption, the column headers (the first for the row labels) and rows. */
    public record Table(String caption, List<String> headers, List<Row> rows) {
    }

    /** A table row: its label (a row header) and its formatted cells. */
    public record Row(String label, List<String> cells) {
    }
}
