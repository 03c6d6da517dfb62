package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Goals with their outcome: one row per goal, each on its own scale from 0 to a round number
 * above both outcome and target, with the outcome as a bar, the target as a marked line, and the
 * figures and whether the goal is met written beside it. A goal where lower is better ({@link
 * Direction#AT_MOST}, such as "members lost: at most 0") is met at or below its target, and its bar
 * reaches past the target line only when it is missed. A met goal's bar is green; a missed one's
 * is striped orange, and the words say which.
 *
 * <pre>{@code
 * Chart chart = GoalChart.of("Målen 2026").goal("Medlemmar", 109, 125, Direction.AT_LEAST, ValueFormat.COUNT)
 *         .goal("Förlorade medlemmar", 1, 0, Direction.AT_MOST, ValueFormat.COUNT).build();
 * }</pre>
 */
public final class GoalChart extends ChartBuilder<GoalChart> {

    /** Whether the outcome should reach the target or stay at or under it. */
    public enum Direction {
        AT_LEAST, AT_MOST
    }

    private record Goal(String label, double value, double target, Direction direction, ValueFormat format, Double scaleMax,
                        Boolean decided) {
        boolean met() {
            if (decided != null) {
                return decided;
            }
            return direction == Direction.AT_LEAST ? value >= target : value <= target;
        }
    }

    private final List<Goal> goals = new ArrayList<>();

    private GoalChart(String title) {
        super(title);
    }

    public static GoalChart of(String title) {
        return new GoalChart(title);
    }

    public GoalChart goal(String label, Number value, Number target, Direction direction, ValueFormat format) {
        return goal(label, value, target, direction, format, null);
    }

    /** A goal whose scale ends at {@code scaleMax} (100 for a percentage), unless outcome or target are beyond it. */
    public GoalChart goal(String label, Number value, Number target, Direction direction, ValueFormat format, Number scaleMax) {
        return goal(label, value, target, direction, format, scaleMax, null);
    }

    /**
     * A goal whose being met is decided by the caller ({@code met}; null: compare outcome and target),
     * for goals whose rule the rounded figure cannot tell ("more than three quarters").
     */
    public GoalChart goal(String label, Number value, Number target, Direction direction, ValueFormat format, Number scaleMax, Boolean met) {
        goals.add(new Goal(label == null ? "" : label, value == null ? 0 : value.doubleValue(), target == null ? 0 : target.doubleValue(),
                direction == null ? Direction.AT_LEAST : direction, format == null ? ValueFormat.COUNT : format,
                scaleMax == null ? null : scaleMax.doubleValue(), met));
        return this;
    }

    private List<String> figures(Goal goal) {
        return List.of(goal.format().format(goal.value()) + ", " + (goal.met() ? words.met() : words.notMet()),
                (goal.direction() == Direction.AT_LEAST ? words.atLeast() : words.atMost()) + " " + goal.format().format(goal.target()));
    }

    public Chart build() {
        String id = chartId();
        List<Chart.Shape> shapes = new ArrayList<>();
        int height;
        if (goals.isEmpty()) {
            shapes.add(Chart.Shape.text(width / 2.0, 24, words.noData(), "middle", FONT));
            height = 40;
        } else {
            double labelMax = width * 0.32;
            List<List<String>> labels = goals.stream().map(goal -> ChartText.wrap(goal.label(), labelMax, FONT)).toList();
            double labelWidth = labels.stream().mapToDouble(lines -> ChartText.widest(lines, FONT)).max().orElse(0);
            double figuresWidth = goals.stream().mapToDouble(goal -> ChartText.widest(figures(goal), SMALL)).max().orElse(0);
            double plotLeft = labelWidth + 12;
            double plotRight = width - figuresWidth - 12;
            if (plotRight - plotLeft < 120) {
                width = (int) Math.ceil(plotLeft + 120 + figuresWidth + 12);
                plotRight = width - figuresWidth - 12;
            }
            double plot = plotRight - plotLeft;
            double y = 6;
            for (int i = 0; i < goals.size(); i++) {
                Goal goal = goals.get(i);
                List<String> lines = labels.get(i);
                double rowHeight = Math.max(46, lines.size() * FONT * ChartText.LINE_HEIGHT + 14);
                double middle = y + rowHeight / 2;
                double largest = Math.max(goal.value(), goal.target());
                Scale scale = goal.scaleMax() != null && goal.scaleMax() >= largest ? new Scale(goal.scaleMax(), goal.scaleMax() / 4)
                        : Scale.of(largest * 1.1, goal.format().wholeNumbers());
                shapes.add(Chart.Shape.text(0, ChartText.firstBaseline(middle, lines.size(), FONT), lines, "start", FONT, false, Palette.INK));
                shapes.add(Chart.Shape.rect(plotLeft, middle - 9, plot, 18, Palette.TRACK, "#9aa1a8"));
                double length = plot * scale.fraction(goal.value());
                shapes.add(Chart.Shape.rect(plotLeft, middle - 9, length, 18, goal.met() ? Palette.GOOD : "url(#" + id + "-bad)", null));
                double target = plotLeft + plot * scale.fraction(goal.target());
                shapes.add(Chart.Shape.line(target, middle - 15, target, middle + 15, Palette.INK, 3, null));
                shapes.add(Chart.Shape.text(plotRight + 12, middle - 3, figures(goal), "start", SMALL, false, Palette.INK));
                y += rowHeight;
            }
            height = (int) Math.ceil(y + 4);
        }
        List<Chart.LegendItem> legend = goals.isEmpty() ? List.of() : List.of(
                new Chart.LegendItem(words.met(), Palette.GOOD, null, null, null),
                new Chart.LegendItem(words.notMet(), "url(#" + id + "-bad)", null, null, null),
                new Chart.LegendItem(words.target(), null, Palette.INK, null, null));
        List<Chart.Row> rows = goals.stream().map(goal -> new Chart.Row(goal.label(), List.of(goal.format().format(goal.value()),
                (goal.direction() == Direction.AT_LEAST ? words.atLeast() : words.atMost()) + " " + goal.format().format(goal.target()),
                goal.met() ? words.met() : words.notMet()))).toList();
        StringBuilder text = new StringBuilder();
        goals.forEach(goal -> text.append(text.isEmpty() ? "" : "; ").append(goal.label()).append(": ")
                .append(String.join(", ", figures(goal))));
        return new Chart("goals", id, title, describe(goals.isEmpty() ? words.noData() : text + "."), note, width, height, shapes,
                List.of(Palette.notMet(id)), legend,
                new Chart.Table(title, List.of(labelHeaderOr(), valueHeaderOr(words.value()), words.target(), words.status()), rows));
    }
}
