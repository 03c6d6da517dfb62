package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * One series of values, one bar each: horizontal bars with their labels on the left (the
 * default, for names of any length) or columns with their labels below ({@link #columns()}, for
 * periods). Every bar carries its value as text; an optional reference line (a goal, an average)
 * is drawn across with its own label.
 *
 * <pre>{@code
 * Chart chart = BarChart.of("Rapporter per kategori").bar("Belysning", 12).bar("Hål i vägen", 3).build();
 * }</pre>
 */
public final class BarChart extends ChartBuilder<BarChart> {

    private record Bar(String label, double value) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private boolean columns;
    private Double reference;
    private String referenceLabel;

    private BarChart(String title) {
        super(title);
    }

    public static BarChart of(String title) {
        return new BarChart(title);
    }

    /** A bar; negative and missing values are drawn as zero (and written as they are in the table). */
    public BarChart bar(String label, Number value) {
        bars.add(new Bar(label == null ? "" : label, value == null ? 0 : value.doubleValue()));
        return this;
    }

    /** Columns with their labels below, rather than horizontal bars. */
    public BarChart columns() {
        this.columns = true;
        return this;
    }

    /** A line across all bars at {@code value}, labelled (for example "Mål 75 %"). */
    public BarChart reference(Number value, String label) {
        this.reference = value == null ? null : value.doubleValue();
        this.referenceLabel = label;
        return this;
    }

    public Chart build() {
        String id = chartId();
        List<Chart.Shape> shapes = new ArrayList<>();
        int height = columns ? layoutColumns(shapes) : layoutBars(shapes);
        List<Chart.Row> rows = bars.stream().map(bar -> new Chart.Row(bar.label(), List.of(format.format(bar.value())))).toList();
        return new Chart(columns ? "columns" : "bars", id, title, describe(text()), note, width, height, shapes, List.of(), List.of(),
                new Chart.Table(title, List.of(labelHeaderOr(), valueHeaderOr(words.value())), rows));
    }

    private double largest() {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return reference == null ? max : Math.max(max, reference);
    }

    private int layoutBars(List<Chart.Shape> shapes) {
        int top = 8;
        if (valueHeader != null) {
            top += 18;
        }
        if (reference != null) {
            top += 20;
        }
        if (bars.isEmpty()) {
            shapes.add(Chart.Shape.text(width / 2.0, top + 20, words.noData(), "middle", FONT));
            return top + 36;
        }
        double labelMax = width * 0.38;
        List<List<String>> labels = bars.stream().map(bar -> ChartText.wrap(bar.label(), labelMax, FONT)).toList();
        double labelWidth = labels.stream().mapToDouble(lines -> ChartText.widest(lines, FONT)).max().orElse(0);
        double valueWidth = bars.stream().mapToDouble(bar -> ChartText.width(format.format(bar.value()), FONT)).max().orElse(0);
        double plotLeft = labelWidth + 10;
        double plotRight = width - valueWidth - 12;
        if (plotRight - plotLeft < 120) {
            width = (int) Math.ceil(plotLeft + 120 + valueWidth + 12);
            plotRight = width - valueWidth - 12;
        }
        Scale scale = Scale.of(largest(), format.wholeNumbers());
        double plot = plotRight - plotLeft;
        if (valueHeader != null) {
            shapes.add(Chart.Shape.text(plotLeft, 16, List.of(valueHeader), "start", SMALL, false, Palette.MUTED));
        }
        double y = top;
        for (int i = 0; i < bars.size(); i++) {
            List<String> lines = labels.get(i);
            double rowHeight = Math.max(26, lines.size() * FONT * ChartText.LINE_HEIGHT + 8);
            double middle = y + rowHeight / 2;
            shapes.add(Chart.Shape.text(0, ChartText.firstBaseline(middle, lines.size(), FONT), lines, "start", FONT, false, Palette.INK));
            double length = plot * scale.fraction(bars.get(i).value());
            shapes.add(Chart.Shape.rect(plotLeft, middle - 9, length, 18, Palette.colour(0), null));
            shapes.add(Chart.Shape.text(plotLeft + length + 6, middle + FONT * 0.35, format.format(bars.get(i).value()), "start", FONT));
            y += rowHeight;
        }
        shapes.add(0, Chart.Shape.line(plotLeft, top, plotLeft, y, Palette.INK, 1, null));
        if (reference != null) {
            double x = plotLeft + plot * scale.fraction(reference);
            shapes.add(Chart.Shape.line(x, top - 14, x, y, Palette.BAD, 2, "5 3"));
            String label = referenceLabel == null ? format.format(reference) : referenceLabel;
            double labelWidth2 = ChartText.width(label, SMALL);
            boolean fitsRight = x + 4 + labelWidth2 <= width;
            shapes.add(Chart.Shape.text(fitsRight ? x + 4 : Math.max(labelWidth2, x - 4), top - 6, List.of(label),
                    fitsRight ? "start" : "end", SMALL, true, Palette.INK));
        }
        return (int) Math.ceil(y + 6);
    }

    private int layoutColumns(List<Chart.Shape> shapes) {
        int top = 22;
        if (valueHeader != null) {
            top += 16;
        }
        int plotHeight = 170;
        if (bars.isEmpty()) {
            shapes.add(Chart.Shape.text(width / 2.0, top + 40, words.noData(), "middle", FONT));
            return top + 60;
        }
        Scale scale = Scale.of(largest(), format.wholeNumbers());
        double tickWidth = scale.ticks().stream().mapToDouble(t -> ChartText.width(format.format(t), SMALL)).max().orElse(0);
        double plotLeft = tickWidth + 10;
        double slot = (width - plotLeft - 4) / bars.size();
        double longestWord = bars.stream().flatMap(bar -> List.of(bar.label().split("\\s+")).stream())
                .mapToDouble(word -> ChartText.width(word, SMALL)).max().orElse(0);
        double minSlot = Math.max(30, longestWord + 6);
        if (slot < minSlot) {
            slot = minSlot;
            width = (int) Math.ceil(plotLeft + 4 + slot * bars.size());
        }
        double finalSlot = slot;
        boolean valuesFit = bars.stream().allMatch(bar -> ChartText.width(format.format(bar.value()), SMALL) <= finalSlot - 2);
        List<List<String>> labels = bars.stream().map(bar -> ChartText.wrap(bar.label(), finalSlot - 4, SMALL)).toList();
        int labelLines = labels.stream().mapToInt(List::size).max().orElse(1);
        double bottom = top + plotHeight;
        if (valueHeader != null) {
            shapes.add(Chart.Shape.text(0, 14, List.of(valueHeader), "start", SMALL, false, Palette.MUTED));
        }
        for (double tick : scale.ticks()) {
            double y = bottom - plotHeight * scale.fraction(tick);
            shapes.add(Chart.Shape.line(plotLeft, y, width - 4, y, tick == 0 ? Palette.INK : Palette.GRID, 1, null));
            shapes.add(Chart.Shape.text(plotLeft - 6, y + SMALL * 0.35, format.format(tick), "end", SMALL));
        }
        for (int i = 0; i < bars.size(); i++) {
            double centre = plotLeft + slot * i + slot / 2;
            double barWidth = Math.min(48, slot * 0.64);
            double h = plotHeight * scale.fraction(bars.get(i).value());
            shapes.add(Chart.Shape.rect(centre - barWidth / 2, bottom - h, barWidth, h, Palette.colour(0), null));
            if (valuesFit) {
                shapes.add(Chart.Shape.text(centre, bottom - h - 5, format.format(bars.get(i).value()), "middle", SMALL));
            }
            shapes.add(Chart.Shape.text(centre, bottom + 16, labels.get(i), "middle", SMALL, false, Palette.INK));
        }
        if (reference != null) {
            double y = bottom - plotHeight * scale.fraction(reference);
            shapes.add(Chart.Shape.line(plotLeft, y, width - 4, y, Palette.BAD, 2, "5 3"));
            String label = referenceLabel == null ? format.format(reference) : referenceLabel;
            shapes.add(Chart.Shape.text(width - 4, Math.max(SMALL, y - 5), List.of(label), "end", SMALL, true, Palette.INK));
        }
        return (int) Math.ceil(bottom + 16 + labelLines * SMALL * ChartText.LINE_HEIGHT);
    }

    private String text() {
        if (bars.isEmpty()) {
            return words.noData();
        }
        Bar high = bars.stream().max(java.util.Comparator.comparingDouble(Bar::value)).orElseThrow();
        Bar low = bars.stream().min(java.util.Comparator.comparingDouble(Bar::value)).orElseThrow();
        StringBuilder text = new StringBuilder();
        for (Bar bar : bars.size() <= 12 ? bars : List.of(high, low)) {
            text.append(text.isEmpty() ? "" : "; ").append(bar.label()).append(": ").append(format.format(bar.value()));
        }
        if (bars.size() > 12) {
            text.insert(0, words.highest() + " / " + words.lowest() + ": ");
        }
        if (reference != null) {
            text.append(". ").append(referenceLabel == null ? format.format(reference) : referenceLabel);
        }
        return text.append('.').toString();
    }
}
