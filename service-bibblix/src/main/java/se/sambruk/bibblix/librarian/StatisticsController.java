package se.sambruk.bibblix.librarian;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.CurrentUser;

/**
 * Loan statistics for librarians: their own municipality's loans, or every municipality's for
 * the content manager. Counts only. Each table has a bar chart drawn as inline SVG beside it.
 */
@Controller
class StatisticsController {

    private final Librarians librarians;
    private final Statistics statistics;
    private final Clock clock;

    StatisticsController(Librarians librarians, Statistics statistics, Clock clock) {
        this.librarians = librarians;
        this.statistics = statistics;
        this.clock = clock;
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
