package se.sambruk.uka.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.uka.people.OwnPages;
import se.sambruk.uka.people.Register;

/** The caseworkers' side of the young people's own page: the municipality's setting, and handling requests to be contacted. */
@Controller
class UkaOwnPageController {

    private final OwnPages pages;
    private final Register register;
    private final AuditLog audit;

    UkaOwnPageController(OwnPages pages, Register register, AuditLog audit) {
        this.pages = pages;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/uka/installningar")
    String settings(Model model) {
        long org = UkaCaseworker.require().organisationId();
        OwnPages.Settings settings = pages.settings(org);
        SettingsForm form = new SettingsForm();
        form.setResidentPage(settings.residentPage());
        form.setTeamPhone(settings.teamPhone());
        form.setTeamEmail(settings.teamEmail());
        model.addAttribute("settingsForm", form);
        return "uka/settings";
    }

    @PostMapping("/uka/installningar")
    String saveSettings(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, HttpServletResponse response,
                        RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "uka/settings";
        }
        pages.saveSettings(org, new OwnPages.Settings(form.isResidentPage(), form.getTeamPhone(), form.getTeamEmail()), UkaCaseworker.username());
        audit.record(se.sambruk.core.AuditAction.REGISTER_CHANGED, "uka.setting", org, org, "young people's page " + (form.isResidentPage() ? "on" : "off"));
        flash.addFlashAttribute("notice", "uka.settings.saved");
        return "redirect:/uka/installningar";
    }

    @PostMapping("/uka/personer/{id}/kontaktonskemal/{requestId}/klar")
    String handled(@PathVariable long id, @PathVariable long requestId, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        register.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        if (!pages.handle(org, id, requestId, UkaCaseworker.username())) {
            throw new UkaCaseworker.NotFound();
        }
        audit.personalDataChanged("uka.contact_request", id, org, "request " + requestId + " handled");
        flash.addFlashAttribute("notice", "uka.requests.done");
        return "redirect:/uka/personer/" + id + "#kontaktonskemal";
    }
}
