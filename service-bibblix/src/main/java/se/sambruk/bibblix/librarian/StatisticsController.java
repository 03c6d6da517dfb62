package se.sambruk.bibblix.librarian;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.Table;

/**
 * Loan statistics for librarians: their own municipality's loans, or every municipality's for
 * the content manager. Counts only. Each table has a bar chart drawn as inline SVG beside it.
 */
@Controller
class StatisticsController {

    private final Librarians librarians;
    private final Statistics statistics;
    private final Clock clock;
    private final Downloads downloads;

    StatisticsController(Librarians librarians, Statistics statistics, Clock clock, Downloads downloads) {
        this.librarians = librarians;
        this.statistics = statistics;
        this.clock = clock;
        this.downloads = downloads;
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
        model.addAttribute("byMonth", Statistics.Bar.of(statistics.byMonth(scope, from, to)));
        model.addAttribute("byMunicipality", Statistics.Bar.of(statistics.byMunicipality(scope, from, to)));
        model.addAttribute("byTitle", Statistics.Bar.of(statistics.byTitle(scope, from, to)));
        model.addAttribute("byCategory", Statistics.Bar.of(statistics.byCategory(scope, from, to)));
        model.addAttribute("byAge", Statistics.Bar.of(statistics.byAgeBand(scope, from, to)));
        return "bibblix/librarian/statistics";
    }
}
