package se.sambruk.core.costsharing;

import java.util.List;

/** A bar chart of a service's cost over the years, laid out for an inline SVG (no scripts, no styles). */
record CostChart(List<Bar> bars, int width, int height) {

    static final int BAR = 48, GAP = 24, TOP = 20, PLOT = 160, LABELS = 40;

    record Bar(CostSharing.YearFigures figures, int x, int y, int height) {
    }

    static CostChart of(List<CostSharing.YearFigures> years) {
        long max = years.stream().mapToLong(CostSharing.YearFigures::total).max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int height = max == 0 ? 0 : (int) Math.round((double) years.get(i).total() / max * PLOT);
            bars.add(new Bar(years.get(i), GAP + i * (BAR + GAP), TOP + PLOT - height, height));
        }
        return new CostChart(bars, GAP + years.size() * (BAR + GAP), TOP + PLOT + LABELS);
    }
}
