package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.format.SwedishFormat;

/**
 * Counts in a grid of squares (rows north to south, columns west to east, say), outlined, each
 * square shaded by one of four steps given in the legend and carrying its count as text, with
 * labels along the left and bottom edges. Empty squares stay blank.
 *
 * <pre>{@code
 * Chart chart = HeatMap.of("Var rapporterna finns", counts).rowLabels(latitudes).columnLabels(longitudes).build();
 * }</pre>
 */
public final class HeatMap extends ChartBuilder<HeatMap> {

    /** The four shades, light to dark, and the text colour each needs (contrast at least 4.5:1). */
    private static final String[] SHADES = {"#fbe3d3", "#f0a573", "#a84a17", "#5e2609"};
    private static final String[] INKS = {Palette.INK, Palette.INK, "#ffffff", "#ffffff"};

    private final long[][] counts;
    private List<String> rowLabels = List.of();
    private List<String> columnLabels = List.of();
    private String cornerHeader = "";

    private HeatMap(String title, long[][] counts) {
        super(title);
        this.counts = counts == null ? new long[0][0] : counts;
    }

    public static HeatMap of(String title, long[][] counts) {
        return new HeatMap(title, counts);
    }

    /** One label per row (drawn for every third row and the last; all in the table). */
    public HeatMap rowLabels(List<String> labels) {
        this.rowLabels = List.copyOf(labels);
        return this;
    }

    /** One label per column (drawn for every third column and the last; all in the table). */
    public HeatMap columnLabels(List<String> labels) {
        this.columnLabels = List.copyOf(labels);
        return this;
    }

    /** The table's top-left header, naming both kinds of label ("Latitud \ longitud"). */
    public HeatMap cornerHeader(String header) {
        this.cornerHeader = header == null ? "" : header;
        return this;
    }

    private long max() {
        long max = 0;
        for (long[] row : counts) {
            for (long count : row) {
                max = Math.max(max, count);
            }
        }
        return max;
    }

    /** The shade step of a count: 0 to 3 (the quarters of the largest count), -1 for none. */
    private static int step(long count, long max) {
        if (count <= 0 || max <= 0) {
            return -1;
        }
        return (int) Math.min(3, (count - 1) * 4 / max);
    }

    private String range(int step, long max) {
        long from = ceilQuarter(step, max) + 1;
        long to = ceilQuarter(step + 1, max);
        return from == to ? SwedishFormat.count(to) : SwedishFormat.count(from) + "–" + SwedishFormat.count(to);
    }

    private static long ceilQuarter(int quarters, long max) {
        return (quarters * max + 3) / 4;
    }

    public Chart build() {
        String id = chartId();
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long max = max();
        List<Chart.Shape> shapes = new ArrayList<>();
        int height;
        if (rows == 0 || columns == 0) {
            shapes.add(Chart.Shape.text(width / 2.0, 24, words.noData(), "middle", FONT));
            height = 40;
        } else {
            double labelWidth = rowLabels.stream().mapToDouble(label -> ChartText.width(label, SMALL)).max().orElse(0);
            double left = labelWidth + 8;
            double columnLabel = columnLabels.stream().mapToDouble(label -> ChartText.width(label, SMALL)).max().orElse(0);
            double cell = Math.max(Math.max(24, columnLabel / 3 + 4), Math.min(40, (width - left - 4) / columns));
            width = (int) Math.ceil(left + cell * columns + columnLabel / 2 + 4);
            double top = 4;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int step = step(counts[r][c], max);
                    if (step >= 0) {
                        double x = left + c * cell;
                        double y = top + r * cell;
                        shapes.add(Chart.Shape.rect(x, y, cell, cell, SHADES[step], "#ffffff"));
                        shapes.add(Chart.Shape.text(x + cell / 2, y + cell / 2 + 4, List.of(SwedishFormat.count(counts[r][c])), "middle",
                                11, false, INKS[step]));
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                if (r < rowLabels.size() && (r % 3 == 0 || r == rows - 1)) {
                    shapes.add(Chart.Shape.text(left - 6, top + r * cell + cell / 2 + 4, rowLabels.get(r), "end", SMALL));
                }
            }
            for (int c = 0; c < columns; c++) {
                if (c < columnLabels.size() && (c % 3 == 0 || c == columns - 1)) {
                    shapes.add(Chart.Shape.text(left + c * cell + cell / 2, top + rows * cell + 16, columnLabels.get(c), "middle", SMALL));
                }
            }
            shapes.add(Chart.Shape.rect(left, top, cell * columns, cell * rows, "none", Palette.INK));
            height = (int) Math.ceil(top + rows * cell + 24);
        }
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int step = 0; step < 4 && max > 0; step++) {
            if (ceilQuarter(step, max) + 1 <= ceilQuarter(step + 1, max)) {
                legend.add(new Chart.LegendItem(range(step, max), SHADES[step], null, null, null));
            }
        }
        List<String> headers = new ArrayList<>();
        headers.add(cornerHeader);
        for (int c = 0; c < columns; c++) {
            headers.add(c < columnLabels.size() ? columnLabels.get(c) : String.valueOf(c + 1));
        }
        List<Chart.Row> tableRows = new ArrayList<>();
        long total = 0;
        int squares = 0;
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(SwedishFormat.count(counts[r][c]));
                total += counts[r][c];
                squares += counts[r][c] > 0 ? 1 : 0;
            }
            tableRows.add(new Chart.Row(r < rowLabels.size() ? rowLabels.get(r) : String.valueOf(r + 1), cells));
        }
        String text = max == 0 ? words.noData()
                : SwedishFormat.count(total) + " " + words.of() + " " + squares + "/" + rows * columns + "; " + words.highest() + " "
                        + SwedishFormat.count(max) + ".";
        return new Chart("heat", id, title, describe(text), note, width, height, shapes, List.of(), legend,
                new Chart.Table(title, headers, tableRows));
    }
}
