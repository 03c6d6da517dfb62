package se.sambruk.uka.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.Chart;
import se.sambruk.core.charts.ShareChart;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.Table;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.stats.Figures;
import se.sambruk.uka.stats.UkaStatistics;

/**
 * Statistics over a chosen period: the people covered at some time in it by status at the period's
 * end, age, gender and action category, and how many were reached; drawn with the core's charts and
 * downloadable as CSV or XLSX through the core. Counts only, of the caseworker's municipality.
 */
@Controller
class UkaStatisticsController {

    private final UkaStatistics statistics;
    private final Register register;
    private final CodeLists codes;
    private final Downloads downloads;
    private final MessageSource messages;

    UkaStatisticsController(UkaStatistics statistics, Register register, CodeLists codes, Downloads downloads, MessageSource messages) {
        this.statistics = statistics;
        this.register = register;
        this.codes = codes;
        this.downloads = downloads;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The period asked for; null when it cannot be read or makes no sense. */
    private LocalDate[] period(String fromText, String toText) {
        LocalDate today = register.today();
        try {
            LocalDate from = fromText == null || fromText.isBlank() ? today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7)
                    : LocalDate.parse(fromText.strip());
            LocalDate to = toText == null || toText.isBlank() ? today : LocalDate.parse(toText.strip());
            if (from.isAfter(to) || from.getYear() < 2015 || to.getYear() > 2100 || from.plusYears(10).isBefore(to)) {
                return null;
            }
            return new LocalDate[] {from, to};
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate[] defaultPeriod() {
        return period(null, null);
    }

    @GetMapping("/uka/statistik")
    String page(@RequestParam(name = "fran", required = false) String fromText, @RequestParam(name = "till", required = false) String toText,
                Model model) {
        CurrentUser user = UkaCaseworker.require();
        LocalDate[] period = period(fromText, toText);
        if (period == null) {
            model.addAttribute("dateError", "uka.stats.dates");
            period = defaultPeriod();
        }
        Figures figures = statistics.figures(user.organisationId(), period[0], period[1]);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts(user.organisationId(), figures));
        return "uka/statistics";
    }

    private List<Chart> charts(long org, Figures figures) {
        List<Chart> charts = new ArrayList<>();
        BarChart status = BarChart.of(text("uka.stats.byStatus")).id("by-status").labelHeader(text("uka.stats.status")).valueHeader(text("uka.stats.people"));
        rows(org, figures, "status").forEach(r -> status.bar(r.label(), r.count()));
        charts.add(status.build());
        BarChart age = BarChart.of(text("uka.stats.byAge")).id("by-age").columns().labelHeader(text("uka.stats.age")).valueHeader(text("uka.stats.people"));
        rows(org, figures, "age").forEach(r -> age.bar(r.label(), r.count()));
        charts.add(age.build());
        ShareChart gender = ShareChart.of(text("uka.stats.byGender")).id("by-gender");
        rows(org, figures, "gender").forEach(r -> gender.part(r.label(), r.count()));
        charts.add(gender.build());
        BarChart category = BarChart.of(text("uka.stats.byCategory")).id("by-category").labelHeader(text("uka.action.category"))
                .valueHeader(text("uka.stats.people"));
        rows(org, figures, "category").forEach(r -> category.bar(r.label(), r.count()));
        charts.add(category.build());
        ShareChart reached = ShareChart.of(text("uka.stats.reached")).id("reached");
        rows(org, figures, "reached").forEach(r -> reached.part(r.label(), r.count()));
        charts.add(reached.build());
        return charts;
    }

    /** One figure: which division, its label, the count. */
    private record Row(String division, String label, long count) {
    }

    private List<Row> rows(long org, Figures figures, String division) {
        List<Row> rows = new ArrayList<>();
        switch (division) {
            case "status" -> {
                Map<String, String> reasons = codes.labels(org, CodeLists.END_REASON);
                figures.byStatus().forEach((key, n) -> rows.add(new Row(text("uka.stats.status"), key.equals(Figures.STILL_COVERED)
                        ? text("uka.stats.stillCovered") : text("uka.stats.ended", reasons.getOrDefault(key, key)), n)));
            }
            case "age" -> figures.byAge().forEach((key, n) -> rows.add(new Row(text("uka.stats.age"),
                    key.equals("15") ? text("uka.stats.age15") : key.equals("20") ? text("uka.stats.age20") : key, n)));
            case "gender" -> {
                rows.add(new Row(text("uka.stats.gender"), text("uka.stats.women"), figures.women()));
                rows.add(new Row(text("uka.stats.gender"), text("uka.stats.men"), figures.men()));
            }
            case "category" -> {
                Map<String, String> labels = codes.labels(org, CodeLists.ACTION_CATEGORY);
                figures.byCategory().forEach((key, n) -> rows.add(new Row(text("uka.action.category"), labels.getOrDefault(key, key), n)));
            }
            default -> {
                rows.add(new Row(text("uka.stats.reached"), text("uka.stats.wasReached"), figures.reached()));
                rows.add(new Row(text("uka.stats.reached"), text("uka.stats.notReached"), figures.total() - figures.reached()));
            }
        }
        return rows;
    }

    private Table table(long org, Figures figures) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of(text("uka.stats.total"), "", figures.total()));
        for (String division : List.of("status", "age", "gender", "category", "reached")) {
            rows(org, figures, division).forEach(r -> all.add(List.of(r.division(), r.label(), r.count())));
        }
        return Table.of(text("uka.stats.title"), List.of(text("uka.stats.division"), text("uka.stats.value"), text("uka.stats.people")), all);
    }

    @GetMapping("/uka/statistik/csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "fran", required = false) String fromText,
                               @RequestParam(name = "till", required = false) String toText) {
        CurrentUser user = UkaCaseworker.require();
        LocalDate[] period = period(fromText, toText);
        if (period == null) {
            throw new BadPeriod();
        }
        return downloads.csv("uka-statistik-" + period[0] + "-" + period[1] + ".csv",
                table(user.organisationId(), statistics.figures(user.organisationId(), period[0], period[1])));
    }

    @GetMapping("/uka/statistik/xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "fran", required = false) String fromText,
                                @RequestParam(name = "till", required = false) String toText) {
        CurrentUser user = UkaCaseworker.require();
        LocalDate[] period = period(fromText, toText);
        if (period == null) {
            throw new BadPeriod();
        }
        return downloads.xlsx("uka-statistik-" + period[0] + "-" + period[1] + ".xlsx",
                table(user.organisationId(), statistics.figures(user.organisationId(), period[0], period[1])));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    static final class BadPeriod extends RuntimeException {
        BadPeriod() {
            super("The period cannot be read");
        }
    }
}
