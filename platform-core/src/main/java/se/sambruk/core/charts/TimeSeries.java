package se.sambruk.core.charts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.format.SwedishFormat;

/**
 * Values over periods (months, days, years) as lines, one per series, each with its own colour,
 * dash and marker shape and an entry in the legend. Periods are equally spaced and labelled below
 * (every second or third when they would crowd); a missing value breaks the line. The value axis
 * has round ticks.
 *
 * <pre>{@code
 * Chart chart = TimeSeries.of("Mediantid").months(months).format(ValueFormat.decimals(1))
 *         .series("Till första svar", answerDays).series("Till stängning", closeDays).build();
 * }</pre>
 */
public final class TimeSeries extends ChartBuilder<TimeSeries> {

    private record Line(String name, List<Double> values) {
    }

    private final List<String> periods = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    private TimeSeries(String title) {
        super(title);
    }

    public static TimeSeries of(String title) {
        return new TimeSeries(title);
    }

    /** The periods by label, in order. */
    public TimeSeries periods(List<String> labels) {
        periods.addAll(labels);
        return this;
    }

    /** Months as periods, labelled "jan. 2026". */
    public TimeSeries months(List<YearMonth> months) {
        months.forEach(month -> periods.add(SwedishFormat.month(month)));
        return this;
    }

    /** Days as periods, labelled "2026-12-07". */
    public TimeSeries days(List<LocalDate> days) {
        days.forEach(day -> periods.add(SwedishFormat.date(day)));
        return this;
    }

    /** A series: one value per period, in the periods' order; null where there is none. */
    public TimeSeries series(String name, List<? extends Number> values) {
        List<Double> row = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Number value = i < values.size() ? values.get(i) : null;
            row.add(value == null ? null : value.doubleValue());
        }
        lines.add(new Line(name, row));
        return this;
    }

    public Chart build() {
        String id = chartId();
        List<Chart.Shape> shapes = new ArrayList<>();
        int height = layout(shapes);
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            legend.add(new Chart.LegendItem(lines.get(s).name(), null, Palette.colour(s), Palette.dash(s), Palette.marker(s, 14, 8)));
        }
        List<String> headers = new ArrayList<>();
        headers.add(labelHeaderOr());
        lines.forEach(line -> headers.add(line.name()));
        List<Chart.Row> rows = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            List<String> cells = new ArrayList<>();
            for (Line line : lines) {
                Double v = line.values().get(p);
                cells.add(v == null ? "–" : format.format(v));
            }
            rows.add(new Chart.Row(periods.get(p), cells));
        }
        return new Chart("time", id, title, describe(text()), note, width, height, shapes, List.of(),
                lines.size() > 1 ? legend : List.of(), new Chart.Table(title, headers, rows));
    }

    private boolean empty() {
        return periods.isEmpty() || lines.stream().allMatch(line -> line.values().stream().allMatch(v -> v == null));
    }

    private int layout(List<Chart.Shape> shapes) {
        int top = valueHeader != null ? 36 : 18;
        int plotHeight = 180;
        if (empty()) {
            shapes.add(Chart.Shape.text(width / 2.0, top + 40, words.noData(), "middle", FONT));
            return top + 60;
        }
        double largest = lines.stream().flatMap(line -> line.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        Scale scale = Scale.of(largest, format.wholeNumbers());
        double tickWidth = scale.ticks().stream().mapToDouble(t -> ChartText.width(format.format(t), SMALL)).max().orElse(0);
        double plotLeft = tickWidth + 10;
        double longestLabel = periods.stream().flatMap(p -> List.of(p.split("\\s+")).stream())
                .mapToDouble(word -> ChartText.width(word, SMALL)).max().orElse(0);
        // half a slot of room at each end so the first and last labels stay inside
        double slot = (width - plotLeft - 4) / periods.size();
        int every = 1;
        while (slot * every < longestLabel + 8) {
            every++;
        }
        double bottom = top + plotHeight;
        if (valueHeader != null) {
            shapes.add(Chart.Shape.text(0, 14, List.of(valueHeader), "start", SMALL, false, Palette.MUTED));
        }
        for (double tick : scale.ticks()) {
            double y = bottom - plotHeight * scale.fraction(tick);
            shapes.add(Chart.Shape.line(plotLeft, y, width - 4, y, tick == 0 ? Palette.INK : Palette.GRID, 1, null));
            shapes.add(Chart.Shape.text(plotLeft - 6, y + SMALL * 0.35, format.format(tick), "end", SMALL));
        }
        int labelLines = 1;
        for (int p = 0; p < periods.size(); p += every) {
            double x = plotLeft + slot * p + slot / 2;
            List<String> label = ChartText.wrap(periods.get(p), slot * every - 6, SMALL);
            labelLines = Math.max(labelLines, label.size());
            shapes.add(Chart.Shape.line(x, bottom, x, bottom + 4, Palette.INK, 1, null));
            shapes.add(Chart.Shape.text(x, bottom + 17, label, "middle", SMALL, false, Palette.INK));
        }
        for (int s = 0; s < lines.size(); s++) {
            StringBuilder d = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < periods.size(); p++) {
                Double v = lines.get(s).values().get(p);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                double x = Chart.Shape.r(plotLeft + slot * p + slot / 2);
                double y = Chart.Shape.r(bottom - plotHeight * scale.fraction(v));
                d.append(drawing ? " L" : " M").append(x).append(',').append(y);
                drawing = true;
                markers.append(' ').append(Palette.marker(s, x, y));
            }
            shapes.add(Chart.Shape.path(d.toString().trim(), "none", Palette.colour(s), 2.5, Palette.dash(s)));
            shapes.add(Chart.Shape.path(markers.toString().trim(), Palette.colour(s), "#ffffff", 1, null));
        }
        return (int) Math.ceil(bottom + 17 + labelLines * SMALL * ChartText.LINE_HEIGHT);
    }

    private String text() {
        if (empty()) {
            return words.noData();
        }
        StringBuilder text = new StringBuilder(periods.get(0)).append(' ').append(words.to()).append(' ')
                .append(periods.get(periods.size() - 1)).append(". ");
        for (Line line : lines) {
            List<Double> values = line.values().stream().filter(v -> v != null).toList();
            if (values.isEmpty()) {
                continue;
            }
            text.append(line.name()).append(": ").append(words.lowest()).append(' ')
                    .append(format.format(values.stream().mapToDouble(Double::doubleValue).min().orElse(0))).append(", ")
                    .append(words.highest()).append(' ')
                    .append(format.format(values.stream().mapToDouble(Double::doubleValue).max().orElse(0))).append(", ")
                    .append(periods.get(periods.size() - 1)).append(' ')
                    .append(line.values().get(periods.size() - 1) == null ? "–" : format.format(line.values().get(periods.size() - 1)))
                    .append(". ");
        }
        return text.toString().trim();
    }
}
