package se.sambruk.multifraga.web;

import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.multifraga.applications.RiksnormForm;
import se.sambruk.multifraga.applications.RiksnormTables;

/**
 * The riksnorm per year as the municipality's Multifråga administrator (MF_ADMIN) keeps it: the
 * years in force (shipped with the platform or the organisation's own), a year's form prefilled
 * with the table in force, and saving it as the organisation's next version (audited). Only the
 * organisation's own tables are shown or changed.
 */
@Controller
class RiksnormController {

    private final RiksnormTables norms;
    private final ServiceAccess access;
    private final AuditLog audit;

    RiksnormController(RiksnormTables norms, ServiceAccess access, AuditLog audit) {
        this.norms = norms;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/multifraga/riksnorm")
    String show(@RequestParam(name = "ar", required = false) String year, @RequestParam(name = "sparad", required = false) String saved,
                Model model) {
        CurrentUser user = Caseworker.requireAdmin(access);
        int chosen = LocalDate.now().getYear();
        try {
            int asked = Integer.parseInt(year == null ? "" : year.strip());
            if (asked >= 2000 && asked <= 2100) {
                chosen = asked;
            }
        } catch (NumberFormatException e) {
            // no year or not a year: the current year's form
        }
        RiksnormTables.InForce inForce = norms.forYear(user.organisationId(), chosen);
        model.addAttribute("riksnormForm", RiksnormForm.of(chosen, inForce.norm()));
        model.addAttribute("saved", saved != null && saved.matches("\\d{1,6}") ? saved : null);
        return page(user, chosen, model);
    }

    private String page(CurrentUser user, Integer year, Model model) {
        model.addAttribute("years", norms.years(user.organisationId()));
        model.addAttribute("formYear", year);
        model.addAttribute("inForce", year == null ? null : norms.forYear(user.organisationId(), year));
        model.addAttribute("versions", year == null ? java.util.List.of() : norms.versions(user.organisationId(), year));
        model.addAttribute("usedByDecision", year != null && norms.usedByDecision(user.organisationId(), year));
        model.addAttribute("childFields", RiksnormForm.childFields());
        model.addAttribute("commonFields", RiksnormForm.commonFields());
        return "multifraga/riksnorm";
    }

    @PostMapping("/multifraga/riksnorm")
    String save(@ModelAttribute("riksnormForm") RiksnormForm form, BindingResult binding, Model model, HttpServletResponse response) {
        CurrentUser user = Caseworker.requireAdmin(access);
        RiksnormForm.Checked checked = form.check(year -> norms.usedByDecision(user.organisationId(), year));
        if (!checked.ok()) {
            checked.errors().forEach(binding::rejectValue);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Integer year = checked.errors().containsKey("year") ? null : Integer.valueOf(form.year().strip());
            return page(user, year, model);
        }
        int version = norms.save(user.organisationId(), checked.norm(), checked.reason(), user.name());
        audit.record(AuditAction.REGISTER_CHANGED, "multifraga.riksnorm", checked.norm().year() + "/" + version, user.organisationId(),
                "riksnormen " + checked.norm().year() + ", version " + version + ", källa: " + checked.norm().source()
                        + (checked.reason() == null ? "" : ", skäl: " + checked.reason()));
        return "redirect:/multifraga/riksnorm?ar=" + checked.norm().year() + "&sparad=" + version;
    }
}
