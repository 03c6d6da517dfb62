package se.sambruk.fixamingata.staff;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.report.CaseChanges;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.Coordinates;
import se.sambruk.fixamingata.report.Report;

/**
 * Where a report belongs, corrected by the municipality's handler: its category, its point, or
 * another municipality or Trafikverket. Each change is in the timeline and the audit log.
 */
@Controller
@RequestMapping(FixaMinGata.STAFF_PATH + "/rapporter/{id}")
class CaseController {

    static final String TRAFIKVERKET = "trafikverket";

    private final ReportPage page;
    private final Categories categories;
    private final CaseChanges changes;
    private final AuditLog audit;

    CaseController(ReportPage page, Categories categories, CaseChanges changes, AuditLog audit) {
        this.page = page;
        this.categories = categories;
        this.changes = changes;
        this.audit = audit;
    }

    @PostMapping("/kategori")
    String changeCategory(@PathVariable long id, @RequestParam(required = false) String category, Model model, RedirectAttributes flash) {
        Report report = page.report(id);
        Optional<Category> to = parseId(category).flatMap(c -> categories.findOfOrganisation(c, report.organisationId()));
        if (to.isEmpty() || to.get().id() == report.categoryId()) {
            model.addAttribute("categoryError", "fmg.staff.category.missing");
            return page.render(report, model);
        }
        Category from = categories.find(report.categoryId()).orElseThrow();
        boolean resent = changes.changeCategory(report, from, to.get());
        audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.report", id, report.organisationId(),
                "category " + from.name() + " -> " + to.get().name() + (resent ? ", delivered anew" : ""));
        flash.addFlashAttribute("flashKey", resent ? "fmg.staff.category.resent" : "fmg.staff.category.changed");
        return ReportPage.redirect(id);
    }

    @PostMapping("/plats")
    String move(@PathVariable long id, @RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
                @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes flash) {
        Report report = page.report(id);
        model.addAttribute("newLat", lat == null ? "" : lat);
        model.addAttribute("newLon", lon == null ? "" : lon);
        Optional<Coordinates> point = Coordinates.parse(lat, lon);
        if (point.isEmpty() || !changes.inSweden(point.get().lat(), point.get().lon())) {
            model.addAttribute("moveError", "fmg.staff.move.invalid");
            return page.render(report, model);
        }
        Optional<String> elsewhere = changes.pointOutside(report.kommunkod(), point.get().lat(), point.get().lon());
        if (elsewhere.isPresent() && !confirm) {
            model.addAttribute("moveWarning", elsewhere.get());
            return page.render(report, model);
        }
        changes.move(report, point.get().lat(), point.get().lon());
        audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.report", id, report.organisationId(),
                "moved from " + report.lat() + "," + report.lon() + " to " + point.get().lat() + "," + point.get().lon()
                        + elsewhere.map(m -> " (outside the municipality: " + m + ")").orElse(""));
        flash.addFlashAttribute("flashKey", "fmg.staff.move.done");
        return ReportPage.redirect(id);
    }

    @PostMapping("/omdirigering")
    String reroute(@PathVariable long id, @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean confirm,
                   Model model, RedirectAttributes flash) {
        Report report = page.report(id);
        Category from = categories.find(report.categoryId()).orElseThrow();
        if (TRAFIKVERKET.equals(to)) {
            Optional<Category> stateRoads = categories.all(report.organisationId()).stream().filter(Category::trafikverket).findFirst();
            if (stateRoads.isEmpty() || stateRoads.get().id() == from.id()) {
                model.addAttribute("rerouteError", "fmg.staff.reroute.trafikverket.missing");
                return page.render(report, model);
            }
            changes.changeCategory(report, from, stateRoads.get());
            audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.report", id, report.organisationId(), "re-routed to Trafikverket");
            flash.addFlashAttribute("flashKey", "fmg.staff.reroute.done");
            return ReportPage.redirect(id);
        }
        Optional<CaseChanges.Target> target = changes.target(to == null ? "" : to.strip())
                .filter(t -> t.organisationId() != report.organisationId());
        if (target.isEmpty()) {
            model.addAttribute("rerouteError", "fmg.staff.reroute.missing");
            return page.render(report, model);
        }
        if (!confirm && changes.pointOutside(target.get().kommunkod(), report.lat(), report.lon()).isPresent()) {
            model.addAttribute("rerouteWarning", target.get());
            return page.render(report, model);
        }
        Optional<Category> category = changes.categoryFor(target.get(), from);
        if (category.isEmpty()) {
            model.addAttribute("rerouteError", "fmg.staff.reroute.noCategory");
            return page.render(report, model);
        }
        changes.reroute(report, target.get().organisationId(), target.get().kommunkod(), category.get());
        audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.report", id, report.organisationId(),
                "re-routed to " + target.get().name() + " (organisation " + target.get().organisationId() + "), category " + category.get().name());
        flash.addFlashAttribute("flashKey", "fmg.staff.reroute.away");
        return "redirect:" + FixaMinGata.STAFF_PATH;
    }

    private static Optional<Long> parseId(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
