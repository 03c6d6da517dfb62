/**
 * Charts for every page: bar, grouped or stacked bar, time series, share, goals and heat map.
 * A builder here ({@link se.sambruk.core.charts.BarChart}, {@link se.sambruk.core.charts.GroupedBarChart},
 * {@link se.sambruk.core.charts.TimeSeries}, {@link se.sambruk.core.charts.ShareChart},
 * {@link se.sambruk.core.charts.GoalChart}, {@link se.sambruk.core.charts.HeatMap}) computes scales,
 * ticks, wrapped labels and formatted values in Java and returns a {@link se.sambruk.core.charts.Chart};
 * the one fragment {@code fragments/charts :: chart(${chart})} draws it as inline SVG with its
 * title, text alternative, legend and its figures as a table a click away.
 */
@org.springframework.modulith.NamedInterface("charts")
package se.sambruk.core.charts;
