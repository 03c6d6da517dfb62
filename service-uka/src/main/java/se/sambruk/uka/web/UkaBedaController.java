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
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.uka.beda.BedaChecks;
import se.sambruk.uka.beda.BedaConnector;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;
import se.sambruk.uka.schooldata.UkaSecrets;

/** BEDA: the municipality's connection, and the check of one young person from the person's page. */
@Controller
class UkaBedaController {

    private final BedaChecks checks;
    private final Register register;
    private final UkaSecrets secrets;
    private final OutgoingUrls outgoing;
    private final AuditLog audit;

    UkaBedaController(BedaChecks checks, Register register, UkaSecrets secrets, OutgoingUrls outgoing, AuditLog audit) {
        this.checks = checks;
        this.register = register;
        this.secrets = secrets;
        this.outgoing = outgoing;
        this.audit = audit;
    }

    @GetMapping("/uka/beda")
    String page(Model model) {
        CurrentUser user = UkaCaseworker.require();
        BedaForm form = new BedaForm();
        checks.connection(user.organisationId()).ifPresent(c -> form.setBaseUrl(c.baseUrl()));
        model.addAttribute("bedaForm", form);
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("connection", checks.connection(user.organisationId()).orElse(null));
        model.addAttribute("secretsConfigured", secrets.configured());
        return "uka/beda";
    }

    @PostMapping("/uka/beda")
    String save(@Valid @ModelAttribute("bedaForm") BedaForm form, BindingResult errors, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        String key = form.getApiKey() == null || form.getApiKey().isBlank() ? null : form.getApiKey().strip();
        if (key == null && checks.connection(org).isEmpty() && !errors.hasFieldErrors("apiKey")) {
            errors.rejectValue("apiKey", "uka.beda.keyRequired");
        }
        if (!secrets.configured()) {
            errors.reject("uka.schooldata.noKey");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form.setApiKey(null);
            return page(user, model);
        }
        checks.save(org, form.getBaseUrl().strip(), key, UkaCaseworker.username());
        audit.record(AuditAction.REGISTER_CHANGED, "uka.beda-connection", org, org, "BEDA connection saved" + (key == null ? "" : " with a new key"));
        flash.addFlashAttribute("saved", true);
        return "redirect:/uka/beda";
    }

    /** Checks the person against BEDA; the outcome or the failure is shown in the person's BEDA section. */
    @PostMapping("/uka/personer/{id}/beda")
    String check(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        YoungPerson person = register.find(user.organisationId(), id).orElseThrow(UkaCaseworker.NotFound::new);
        try {
            flash.addFlashAttribute("bedaDone", checks.check(user.organisationId(), person, UkaCaseworker.username()));
        } catch (BedaConnector.Failure failure) {
            flash.addFlashAttribute("bedaFailed", failure.getMessage());
        }
        return "redirect:/uka/personer/" + id + "#beda";
    }
}
