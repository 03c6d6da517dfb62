package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.format.SwedishFormat;

/**
 * Parts of a whole as one bar divided into segments, each with its colour and pattern, the
 * percentages (whole percent that add up to 100, by largest remainder) written above the
 * segments where they fit and always in the legend with the counts.
 *
 * <pre>{@code
 * Chart chart = ShareChart.of("Rapporterade via").part("Webben", 120).part("Appen", 80).build();
 * }</pre>
 */
public final class ShareChart extends ChartBuilder<ShareChart> {

    private record Part(String label, double value) {
    }

    private final List<Part> parts = new ArrayList<>();

    private ShareChart(String title) {
        super(title);
    }

    public static ShareChart of(String title) {
        return new ShareChart(title);
    }

    /** A part; negative and missing values count as zero. */
    public ShareChart part(String label, Number value) {
        parts.add(new Part(label == null ? "" : label, value == null ? 0 : Math.max(0, value.doubleValue())));
        return this;
    }

    private double total() {
        return parts.stream().mapToDouble(Part::value).sum();
    }

    /** Whole percentages adding up to 100 (largest remainder); all zero when the total is zero. */
    int[] percentages() {
        int[] percent = new int[parts.size()];
        double total = total();
        if (total <= 0) {
            return percent;
        }
        double[] remainders = new double[parts.size()];
        int sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            double exact = 100 * parts.get(i).value() / total;
            percent[i] = (int) Math.floor(exact);
            remainders[i] = exact - percent[i];
            sum += percent[i];
        }
        while (sum < 100) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            percent[best]++;
            remainders[best] = -1;
            sum++;
        }
        return percent;
    }

    public Chart build() {
        String id = chartId();
        int[] percent = percentages();
        List<Chart.Shape> shapes = new ArrayList<>();
        double total = total();
        int height;
        if (total <= 0) {
            shapes.add(Chart.Shape.text(width / 2.0, 26, words.noData(), "middle", FONT));
            height = 40;
        } else {
            double x = 0;
            double barTop = 22;
            for (int i = 0; i < parts.size(); i++) {
                double w = (width - 2) * parts.get(i).value() / total;
                shapes.add(Chart.Shape.rect(x + 1, barTop, w, 32, Palette.fill(id, i), w > 0 ? "#ffffff" : null));
                String label = SwedishFormat.percent(percent[i]);
                if (w >= ChartText.width(label, SMALL) + 4 && w > 0) {
                    double centre = Math.min(Math.max(x + 1 + w / 2, ChartText.width(label, SMALL) / 2), width - ChartText.width(label, SMALL) / 2);
                    shapes.add(Chart.Shape.text(centre, barTop - 6, List.of(label), "middle", SMALL, true, Palette.INK));
                }
                x += w;
            }
            height = 60;
        }
        List<Chart.LegendItem> legend = new ArrayList<>();
        List<Chart.Row> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String share = total <= 0 ? "–" : SwedishFormat.percent(percent[i]);
            legend.add(new Chart.LegendItem(parts.get(i).label() + ": " + share + " (" + format.format(parts.get(i).value()) + ")",
                    Palette.fill(id, i), null, null, null));
            rows.add(new Chart.Row(parts.get(i).label(), List.of(format.format(parts.get(i).value()), share)));
        }
        StringBuilder text = new StringBuilder();
        if (total <= 0) {
            text.append(words.noData());
        } else {
            for (int i = 0; i < parts.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(parts.get(i).label()).append(' ').append(SwedishFormat.percent(percent[i]));
            }
            text.append('.');
        }
        return new Chart("share", id, title, describe(text.toString()), note, width, height, shapes, Palette.patterns(id, parts.size()),
                legend, new Chart.Table(title, List.of(labelHeaderOr(), valueHeaderOr(words.count()), words.share()), rows));
    }
}
