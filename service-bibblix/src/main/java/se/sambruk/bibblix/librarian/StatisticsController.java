package se.sambruk.bibblix.librarian;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.Chart;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.Table;
import se.sambruk.core.format.SwedishFormat;

/**
 * Loan statistics for librarians: their own municipality's loans, or every municipality's for
 * the content manager. Counts only. Each table is one of the core's bar
 * charts ({@code se.sambruk.core.charts}, drawn by {@code fragments/charts}), its figures as a table
 * beneath it; titles and headers come from the module's messages.
 */
@Controller
class StatisticsController {

    private final Librarians librarians;
    private final Statistics statistics;
    private final Clock clock;
    private final Downloads downloads;
    private final MessageSource messages;

    StatisticsController(Librarians librarians, Statistics statistics, Clock clock, Downloads downloads, MessageSource messages) {
        this.librarians = librarians;
        this.statistics = statistics;
        this.clock = clock;
        this.downloads = downloads;
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** One table's rows as the core's bar chart: columns for months, horizontal bars (room for long names) otherwise. */
    private Chart chart(String id, String titleKey, String labelKey, List<Statistics.Row> rows, boolean columns,
                        UnaryOperator<String> label) {
        BarChart chart = BarChart.of(text(titleKey)).id(id).labelHeader(text(labelKey)).valueHeader(text("bibblix.lib.stats.loans"));
        if (columns) {
            chart.columns();
        }
        rows.forEach(row -> chart.bar(label.apply(row.label()), row.loans()));
        return chart.build();
    }

    /** "2026-03" as "mars 2026" (the month's name as the rest of the platform writes it). */
    private static String month(String label) {
        try {
            return SwedishFormat.month(YearMonth.parse(label));
        } catch (DateTimeParseException e) {
            return label;
        }
    }

    /** The same figures as a workbook, one sheet per table (counts only, no personal data), through the core's export. */
    @GetMapping("/bibblix/bibliotekarie/statistik.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(name = "fran", required = false) String fromText,
                                    @RequestParam(name = "till", required = false) String toText) {
        CurrentUser user = librarians.require();
        LocalDate[] period = period(fromText, toText);
        Long scope = librarians.isContentManager(user) ? null : user.organisationId();
        return downloads.xlsx("bibblix-statistik-" + period[0] + "-" + period[1],
                table("Per månad", "Månad", statistics.byMonth(scope, period[0], period[1])),
                table("Per kommun", "Kommun", statistics.byMunicipality(scope, period[0], period[1])),
                table("Per kategori", "Kategori", statistics.byCategory(scope, period[0], period[1])),
                table("Per åldersgrupp", "Åldersgrupp", statistics.byAgeBand(scope, period[0], period[1])),
                table("Mest lånade", "Titel", statistics.byTitle(scope, period[0], period[1])));
    }

    private static Table table(String name, String label, java.util.List<Statistics.Row> rows) {
        return Table.of(name, java.util.List.of(label, "Lån"), rows.stream().map(r -> java.util.List.<Object>of(r.label(), r.loans())).toList());
    }

    /** The period asked for, or this year so far when it cannot be read. */
    private LocalDate[] period(String fromText, String toText) {
        LocalDate today = LocalDate.now(clock);
        try {
            LocalDate from = fromText == null || fromText.isBlank() ? today.withDayOfYear(1) : LocalDate.parse(fromText.strip());
            LocalDate to = toText == null || toText.isBlank() ? today : LocalDate.parse(toText.strip());
            if (!from.isAfter(to) && from.getYear() >= 2000 && to.getYear() <= 2100) {
                return new LocalDate[] {from, to};
            }
        } catch (DateTimeParseException e) {
            // this year, as on the page
        }
        return new LocalDate[] {today.withDayOfYear(1), today};
    }

    @GetMapping("/bibblix/bibliotekarie/statistik")
    String statistics(@RequestParam(name = "fran", required = false) String fromText, @RequestParam(name = "till", required = false) String toText,
                      Model model) {
        CurrentUser user = librarians.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = today;
        boolean bad = false;
        try {
            if (fromText != null && !fromText.isBlank()) {
                from = LocalDate.parse(fromText.strip());
            }
            if (toText != null && !toText.isBlank()) {
                to = LocalDate.parse(toText.strip());
            }
        } catch (DateTimeParseException e) {
            bad = true;
        }
        if (bad || from.isAfter(to) || from.getYear() < 2000 || to.getYear() > 2100) {
            model.addAttribute("dateError", "bibblix.lib.stats.dates");
            from = today.withDayOfYear(1);
            to = today;
        }
        boolean all = librarians.isContentManager(user);
        Long scope = all ? null : user.organisationId();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("all", all);
        model.addAttribute("total", statistics.total(scope, from, to));
        model.addAttribute("charts", List.of(
                chart("by-month", "bibblix.lib.stats.byMonth", "bibblix.lib.stats.month", statistics.byMonth(scope, from, to), true,
                        StatisticsController::month),
                chart("by-municipality", "bibblix.lib.stats.byMunicipality", "bibblix.lib.stats.municipality",
                        statistics.byMunicipality(scope, from, to), false, UnaryOperator.identity()),
                chart("by-category", "bibblix.lib.stats.byCategory", "bibblix.lib.col.category", statistics.byCategory(scope, from, to), false,
                        UnaryOperator.identity()),
                chart("by-age", "bibblix.lib.stats.byAge", "bibblix.lib.col.ages", statistics.byAgeBand(scope, from, to), false,
                        UnaryOperator.identity()),
                chart("by-title", "bibblix.lib.stats.byTitle", "bibblix.lib.col.title", statistics.byTitle(scope, from, to), false,
                        UnaryOperator.identity())));
        return "bibblix/librarian/statistics";
    }
}
