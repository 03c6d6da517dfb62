package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several series over the same categories, as columns side by side per category (the default) or
 * stacked ({@link #stacked()}). Each series has a colour and a pattern of its own and an entry in
 * the legend; values are written above the columns where they fit (stacked: the total), and the
 * value axis has round ticks.
 *
 * <pre>{@code
 * Chart chart = GroupedBarChart.of("Rapporter per källa").series("Webben", "Appen")
 *         .category("jan. 2026", 12, 4).category("feb. 2026", 9, 7).build();
 * }</pre>
 */
public final class GroupedBarChart extends ChartBuilder<GroupedBarChart> {

    private record Category(String label, double[] values) {
    }

    private final List<String> series = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private boolean stacked;

    private GroupedBarChart(String title) {
        super(title);
    }

    public static GroupedBarChart of(String title) {
        return new GroupedBarChart(title);
    }

    /** The series' names, in order; name them before adding categories. */
    public GroupedBarChart series(String... names) {
        series.addAll(Arrays.asList(names));
        return this;
    }

    /** A category and its value in each series (missing and negative values count as zero). */
    public GroupedBarChart category(String label, Number... values) {
        double[] row = new double[series.size()];
        for (int i = 0; i < row.length && i < values.length; i++) {
            row[i] = values[i] == null ? 0 : Math.max(0, values[i].doubleValue());
        }
        categories.add(new Category(label == null ? "" : label, row));
        return this;
    }

    /** Stack the series in each category instead of placing them side by side. */
    public GroupedBarChart stacked() {
        this.stacked = true;
        return this;
    }

    public Chart build() {
        String id = chartId();
        List<Chart.Shape> shapes = new ArrayList<>();
        int height = layout(id, shapes);
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Chart.LegendItem(series.get(s), Palette.fill(id, s), null, null, null));
        }
        List<String> headers = new ArrayList<>();
        headers.add(labelHeaderOr());
        headers.addAll(series);
        if (stacked) {
            headers.add(words.total().substring(0, 1).toUpperCase() + words.total().substring(1));
        }
        List<Chart.Row> rows = categories.stream().map(category -> {
            List<String> cells = new ArrayList<>();
            Arrays.stream(category.values()).forEach(v -> cells.add(format.format(v)));
            if (stacked) {
                cells.add(format.format(Arrays.stream(category.values()).sum()));
            }
            return new Chart.Row(category.label(), cells);
        }).toList();
        return new Chart(stacked ? "stacked" : "grouped", id, title, describe(text()), note, width, height, shapes,
                Palette.patterns(id, series.size()), legend, new Chart.Table(title, headers, rows));
    }

    private int layout(String id, List<Chart.Shape> shapes) {
        int top = valueHeader != null ? 38 : 22;
        int plotHeight = 180;
        if (categories.isEmpty() || series.isEmpty()) {
            shapes.add(Chart.Shape.text(width / 2.0, top + 40, words.noData(), "middle", FONT));
            return top + 60;
        }
        double largest = categories.stream()
                .mapToDouble(c -> stacked ? Arrays.stream(c.values()).sum() : Arrays.stream(c.values()).max().orElse(0)).max().orElse(0);
        Scale scale = Scale.of(largest, format.wholeNumbers());
        double tickWidth = scale.ticks().stream().mapToDouble(t -> ChartText.width(format.format(t), SMALL)).max().orElse(0);
        double plotLeft = tickWidth + 10;
        int perSlot = stacked ? 1 : series.size();
        double longestWord = categories.stream().flatMap(c -> List.of(c.label().split("\\s+")).stream())
                .mapToDouble(word -> ChartText.width(word, SMALL)).max().orElse(0);
        double slot = (width - plotLeft - 4) / categories.size();
        double minSlot = Math.max(Math.max(30, longestWord + 6), perSlot * 12 + 8);
        if (slot < minSlot) {
            slot = minSlot;
            width = (int) Math.ceil(plotLeft + 4 + slot * categories.size());
        }
        double groupWidth = Math.min(perSlot * 40, slot * 0.8);
        double barWidth = groupWidth / perSlot;
        double bottom = top + plotHeight;
        if (valueHeader != null) {
            shapes.add(Chart.Shape.text(0, 14, List.of(valueHeader), "start", SMALL, false, Palette.MUTED));
        }
        for (double tick : scale.ticks()) {
            double y = bottom - plotHeight * scale.fraction(tick);
            shapes.add(Chart.Shape.line(plotLeft, y, width - 4, y, tick == 0 ? Palette.INK : Palette.GRID, 1, null));
            shapes.add(Chart.Shape.text(plotLeft - 6, y + SMALL * 0.35, format.format(tick), "end", SMALL));
        }
        double finalSlot = slot;
        boolean valuesFit = categories.stream().allMatch(c -> stacked
                ? ChartText.width(format.format(Arrays.stream(c.values()).sum()), 11) <= finalSlot - 2
                : Arrays.stream(c.values()).allMatch(v -> ChartText.width(format.format(v), 11) <= barWidth + 2));
        int labelLines = 1;
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            double left = plotLeft + slot * i + (slot - groupWidth) / 2;
            double stackTop = bottom;
            for (int s = 0; s < series.size(); s++) {
                double value = category.values()[s];
                double h = plotHeight * scale.fraction(value);
                if (stacked) {
                    shapes.add(Chart.Shape.rect(left, stackTop - h, barWidth, h, Palette.fill(id, s), h > 0 ? "#ffffff" : null));
                    stackTop -= h;
                } else {
                    double x = left + barWidth * s;
                    shapes.add(Chart.Shape.rect(x + 1, bottom - h, barWidth - 2, h, Palette.fill(id, s), null));
                    if (valuesFit) {
                        shapes.add(Chart.Shape.text(x + barWidth / 2, bottom - h - 4, format.format(value), "middle", 11));
                    }
                }
            }
            if (stacked && valuesFit) {
                shapes.add(Chart.Shape.text(left + barWidth / 2, stackTop - 4, format.format(Arrays.stream(category.values()).sum()),
                        "middle", 11));
            }
            List<String> lines = ChartText.wrap(category.label(), slot - 4, SMALL);
            labelLines = Math.max(labelLines, lines.size());
            shapes.add(Chart.Shape.text(plotLeft + slot * i + slot / 2, bottom + 16, lines, "middle", SMALL, false, Palette.INK));
        }
        return (int) Math.ceil(bottom + 16 + labelLines * SMALL * ChartText.LINE_HEIGHT);
    }

    private String text() {
        if (categories.isEmpty() || series.isEmpty()) {
            return words.noData();
        }
        StringBuilder text = new StringBuilder();
        for (Category category : categories.size() <= 12 ? categories : categories.subList(categories.size() - 1, categories.size())) {
            text.append(text.isEmpty() ? "" : "; ").append(category.label()).append(": ");
            for (int s = 0; s < series.size(); s++) {
                text.append(s == 0 ? "" : ", ").append(series.get(s)).append(' ').append(format.format(category.values()[s]));
            }
        }
        return text.append('.').toString();
    }
}
