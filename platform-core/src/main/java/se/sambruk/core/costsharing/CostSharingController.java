package se.sambruk.core.costsharing;

import java.util.List;
import java.time.Clock;
import java.time.Year;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.Chart;
import se.sambruk.core.charts.ValueFormat;
import se.sambruk.core.format.SwedishFormat;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.Table;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/**
 * Staff keep each service's yearly budget and allocation key, see the shares, try "what if one
 * more municipality joins", approve (lock) the year and export the invoicing basis.
 */
@Controller
class CostSharingController {

    private final CostSharing costs;
    private final ServiceCatalogue catalogue;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final Downloads downloads;

    CostSharingController(CostSharing costs, ServiceCatalogue catalogue, Organisations organisations, AuditLog audit, Clock clock,
                          MessageSource messages, Downloads downloads) {
        this.messages = messages;
        this.downloads = downloads;
        this.costs = costs;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/costs")
    String page(@RequestParam(required = false) String service, @RequestParam(required = false) String year,
                @RequestParam(required = false) String whatIf, Model model) {
        DigitalService chosen = service == null || service.isBlank()
                ? catalogue.findAllByOrderByName().get(0) : costs.service(service).orElseThrow(NotFoundException::new);
        int chosenYear = year(year);
        CostSharing.Calculation calculation = costs.calculate(chosen, chosenYear);
        model.addAttribute("calculation", calculation);
        model.addAttribute("kr", new Kronor());
        List<CostSharing.YearFigures> history = costs.history(chosen);
        model.addAttribute("history", history);
        model.addAttribute("costChart", historyChart(history, "cost.history.total", ValueFormat.ORE_AS_KRONOR, CostSharing.YearFigures::total));
        model.addAttribute("usersChart", historyChart(history, "cost.history.users", ValueFormat.COUNT, CostSharing.YearFigures::municipalities));
        model.addAttribute("services", catalogue.findAllByOrderByName());
        model.addAttribute("year", chosenYear);
        model.addAttribute("kinds", CostLineKind.values());
        model.addAttribute("keys", AllocationKey.values());
        model.addAttribute("municipalities", organisations.search(OrganisationType.MUNICIPALITY, null,
                org.springframework.data.domain.PageRequest.of(0, 400, org.springframework.data.domain.Sort.by("name"))).getContent());
        SearchText.parseId(whatIf).ifPresent(municipality -> {
            model.addAttribute("whatIf", costs.whatIf(chosen, chosenYear, municipality));
            model.addAttribute("whatIfId", municipality);
        });
        return "admin/costs";
    }

    @PostMapping("/admin/costs/lines")
    String addLine(@RequestParam String service, @RequestParam String year, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String description, @RequestParam(required = false) String amount,
                   RedirectAttributes redirect) {
        return change(service, year, redirect, budget -> {
            Long ore = Money.parseKronor(amount);
            CostLineKind lineKind = parse(CostLineKind.class, kind);
            String text = SearchText.clean(description);
            if (ore == null || lineKind == null || text == null) {
                return "cost.line.invalid";
            }
            budget.addLine(new BudgetLine(lineKind, text.length() > 200 ? text.substring(0, 200) : text, ore));
            return null;
        });
    }

    @PostMapping("/admin/costs/lines/remove")
    String removeLine(@RequestParam String service, @RequestParam String year, @RequestParam(defaultValue = "-1") String index,
                      RedirectAttributes redirect) {
        return change(service, year, redirect, budget -> {
            budget.removeLine(SearchText.parseIntOr(index, -1));
            return null;
        });
    }

    @PostMapping("/admin/costs/key")
    String setKey(@RequestParam String service, @RequestParam String year, @RequestParam(required = false) String key,
                  @RequestParam(defaultValue = "0") String basePercent, RedirectAttributes redirect) {
        return change(service, year, redirect, budget -> {
            AllocationKey allocationKey = parse(AllocationKey.class, key);
            int percent = SearchText.parseIntOr(basePercent, -1);
            if (allocationKey == null || percent < 0 || percent > 100) {
                return "cost.key.invalid";
            }
            budget.useKey(allocationKey, percent);
            return null;
        });
    }

    @PostMapping("/admin/costs/approve")
    String approve(@RequestParam String service, @RequestParam String year, RedirectAttributes redirect) {
        DigitalService chosen = costs.service(service).orElseThrow(NotFoundException::new);
        int chosenYear = year(year);
        try {
            costs.approve(chosen, chosenYear, CurrentUser.require().name());
            audit.record(AuditAction.REGISTER_CHANGED, "cost_budget", chosen.getCode() + "/" + chosenYear, null, "approved");
            redirect.addFlashAttribute("flashKey", "cost.approved");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("flashKey", refused.getMessage().startsWith("cost.") ? refused.getMessage() : "cost.locked");
        }
        return redirect(chosen, chosenYear);
    }

    /** The invoicing basis: per paying organisation and quarter, for the accounting office. */
    @GetMapping("/admin/costs/export.csv")
    ResponseEntity<byte[]> exportCsv(@RequestParam String service, @RequestParam(required = false) String year) {
        DigitalService chosen = costs.service(service).orElseThrow(NotFoundException::new);
        int chosenYear = year(year);
        return downloads.csv(filename(chosen, chosenYear, "csv"), invoicingBasis(chosen, chosenYear));
    }

    @GetMapping("/admin/costs/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam String service, @RequestParam(required = false) String year) {
        DigitalService chosen = costs.service(service).orElseThrow(NotFoundException::new);
        int chosenYear = year(year);
        return downloads.xlsx(filename(chosen, chosenYear, "xlsx"), invoicingBasis(chosen, chosenYear));
    }

    private Table invoicingBasis(DigitalService service, int year) {
        return InvoicingBasis.table(InvoicingBasis.lines(costs.calculate(service, year), year));
    }

    private static String filename(DigitalService service, int year, String extension) {
        return "kostnadsfordelning-" + service.getCode() + "-" + year + "." + extension;
    }

    /** One figure of every year with a budget, as columns. */
    private Chart historyChart(List<CostSharing.YearFigures> history, String titleKey, ValueFormat format,
                               java.util.function.ToLongFunction<CostSharing.YearFigures> figure) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        BarChart chart = BarChart.of(messages.getMessage(titleKey, null, locale)).columns().format(format)
                .labelHeader(messages.getMessage("cost.year", null, locale));
        history.forEach(year -> chart.bar(SwedishFormat.year(year.year()), figure.applyAsLong(year)));
        return chart.build();
    }

    /** Formats öre as kronor in the templates. */
    record Kronor() {
        public String of(long ore) {
            return Money.format(ore);
        }
    }

    private String change(String service, String year, RedirectAttributes redirect,
                          java.util.function.Function<CostBudget, String> edit) {
        DigitalService chosen = costs.service(service).orElseThrow(NotFoundException::new);
        int chosenYear = year(year);
        CostBudget budget = costs.budget(chosen, chosenYear);
        try {
            String problem = edit.apply(budget);
            if (problem != null) {
                redirect.addFlashAttribute("flashKey", problem);
            } else {
                costs.save(budget);
                audit.record(AuditAction.REGISTER_CHANGED, "cost_budget", chosen.getCode() + "/" + chosenYear, null, "budget changed");
                redirect.addFlashAttribute("flashKey", "admin.saved");
            }
        } catch (IllegalStateException locked) {
            redirect.addFlashAttribute("flashKey", "cost.locked");
        }
        return redirect(chosen, chosenYear);
    }

    private int year(String year) {
        int parsed = SearchText.parseIntOr(year, Year.now(clock).getValue());
        return parsed < 2000 || parsed > 2100 ? Year.now(clock).getValue() : parsed;
    }

    private static String redirect(DigitalService service, int year) {
        return "redirect:/admin/costs?service=" + service.getCode() + "&year=" + year;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

}
