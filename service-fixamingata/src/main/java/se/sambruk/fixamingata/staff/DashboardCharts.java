package se.sambruk.fixamingata.staff;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.Chart;
import se.sambruk.core.charts.HeatMap;
import se.sambruk.core.charts.ShareChart;
import se.sambruk.core.charts.TimeSeries;
import se.sambruk.core.charts.ValueFormat;
import se.sambruk.core.format.SwedishFormat;

/** The dashboard's figures as the core's charts: reports per month and per category, median times, sources and where. */
@Component
class DashboardCharts {

    record Charts(List<String> months, Chart perMonth, Chart perCategory, Chart medians, Chart sources, Chart heat) {
    }

    private final MessageSource messages;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }

    Charts of(Dashboard.Figures figures) {
        List<YearMonth> months = figures.months().stream().map(YearMonth::parse).toList();
        List<String> monthLabels = months.stream().map(SwedishFormat::month).toList();

        BarChart perMonth = BarChart.of(text("fmg.dashboard.perMonth")).id("per-month-chart").columns()
                .labelHeader(text("fmg.dashboard.month")).valueHeader(text("fmg.dashboard.count"));
        for (int i = 0; i < months.size(); i++) {
            perMonth.bar(monthLabels.get(i), figures.perMonth().get(i).count());
        }

        BarChart perCategory = BarChart.of(text("fmg.dashboard.perCategory")).id("per-category-chart")
                .labelHeader(text("fmg.staff.col.category")).valueHeader(text("fmg.dashboard.count"));
        figures.categories().forEach(category -> perCategory.bar(category.name(), category.total()));

        Chart medians = TimeSeries.of(text("fmg.dashboard.medians")).id("medians-chart").months(months).format(ValueFormat.decimals(1))
                .labelHeader(text("fmg.dashboard.month")).valueHeader(text("fmg.dashboard.days"))
                .series(text("fmg.dashboard.answerDays"), figures.perMonth().stream().map(Dashboard.Month::answerDays).toList())
                .series(text("fmg.dashboard.closeDays"), figures.perMonth().stream().map(Dashboard.Month::closeDays).toList())
                .note(text("fmg.dashboard.medians.caption")).build();

        ShareChart sources = ShareChart.of(text("fmg.dashboard.sources")).id("sources-chart").labelHeader(text("fmg.dashboard.source"))
                .valueHeader(text("fmg.dashboard.count"));
        figures.sources().forEach(source -> sources.part(text("fmg.source." + source.key()), source.count()));

        Dashboard.HeatMap heat = figures.heat();
        List<String> latitudes = new java.util.ArrayList<>();
        List<String> longitudes = new java.util.ArrayList<>();
        for (int i = 0; i < heat.counts().length; i++) {
            latitudes.add(SwedishFormat.decimal(heat.latOf(i), 2) + "°\u00a0N");
            longitudes.add(SwedishFormat.decimal(heat.lonOf(i), 2) + "°\u00a0Ö");
        }
        Chart heatMap = HeatMap.of(text("fmg.dashboard.heat"), heat.counts()).id("heat-chart").rowLabels(latitudes).columnLabels(longitudes)
                .cornerHeader(text("fmg.dashboard.heat.corner")).note(text("fmg.dashboard.heat.caption")).build();

        return new Charts(monthLabels, perMonth.build(), perCategory.build(), medians, sources.build(), heatMap);
    }
}
