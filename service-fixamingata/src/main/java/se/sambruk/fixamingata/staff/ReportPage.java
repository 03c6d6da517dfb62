package se.sambruk.fixamingata.staff;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.core.CurrentUser;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.report.CaseChanges;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.CategoryQuestions;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;

/** The staff's report page, shared by the controllers whose forms are on it: the report of the handler's municipality, or 404. */
@Component
class ReportPage {

    static final List<String> RESPONSE_TEMPLATES = List.of("fmg.template.received", "fmg.template.planned", "fmg.template.fixed",
            "fmg.template.notResponsible");

    private final Reports reports;
    private final Reporting reporting;
    private final Inbox inbox;
    private final CategoryQuestions questions;
    private final Categories categories;
    private final CaseChanges changes;

    ReportPage(Reports reports, Reporting reporting, Inbox inbox, CategoryQuestions questions, Categories categories, CaseChanges changes) {
        this.reports = reports;
        this.reporting = reporting;
        this.inbox = inbox;
        this.questions = questions;
        this.categories = categories;
        this.changes = changes;
    }

    String render(Report report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("municipalityName", reporting.municipalityName(report.kommunkod()));
        model.addAttribute("timeline", reports.timeline(report.id(), true));
        model.addAttribute("deliveries", inbox.deliveries(report.id()));
        model.addAttribute("states", ReportState.settableByStaff());
        model.addAttribute("templates", RESPONSE_TEMPLATES);
        model.addAttribute("photos", reports.photoRefs(report.id()));
        model.addAttribute("answers", questions.answers(report.id()));
        model.addAttribute("categories", categories.all(report.organisationId()));
        model.addAttribute("targets", changes.targets().stream().filter(t -> t.organisationId() != report.organisationId()).toList());
        if (!model.containsAttribute("newLat")) {
            model.addAttribute("newLat", String.valueOf(report.lat()));
            model.addAttribute("newLon", String.valueOf(report.lon()));
        }
        return "fixamingata/staff/report";
    }

    /** The report of the signed-in handler's municipality; 404 for any other (or a draft). */
    Report report(long id) {
        CurrentUser user = handler();
        return reports.findOfOrganisation(id, user.organisationId())
                .filter(report -> report.state() != ReportState.DRAFT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static CurrentUser handler() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(FixaMinGata.HANDLER)) {
            throw new AccessDeniedException("FMG_HANDLER needed");
        }
        return user;
    }

    static String redirect(long id) {
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    /** Text as typed, stripped; null when blank or when it holds control characters. */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t') ? null : stripped;
    }
}
