package se.sambruk.uka.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.uka.schooldata.SchoolDataConnections;
import se.sambruk.uka.schooldata.SchoolDataReading;
import se.sambruk.uka.schooldata.UkaSecrets;

/**
 * The municipality's SS 12000 API as a source of the register: the connection (addresses through
 * the core's outgoing-URL guard, the client secret sealed), a read now, the nightly read, and the
 * last reads with what they did or why they changed nothing.
 */
@Controller
class UkaSchoolDataController {

    static final int RUNS_SHOWN = 10;

    private final SchoolDataConnections connections;
    private final SchoolDataReading reading;
    private final UkaSecrets secrets;
    private final OutgoingUrls outgoing;
    private final AuditLog audit;

    UkaSchoolDataController(SchoolDataConnections connections, SchoolDataReading reading, UkaSecrets secrets, OutgoingUrls outgoing,
                            AuditLog audit) {
        this.connections = connections;
        this.reading = reading;
        this.secrets = secrets;
        this.outgoing = outgoing;
        this.audit = audit;
    }

    @GetMapping("/uka/skoldata")
    String page(Model model) {
        CurrentUser user = UkaCaseworker.require();
        SchoolDataForm form = new SchoolDataForm();
        connections.find(user.organisationId()).ifPresent(c -> {
            form.setBaseUrl(c.baseUrl());
            form.setTokenUrl(c.tokenUrl());
            form.setClientId(c.clientId());
            form.setScope(c.scope());
            form.setNightly(c.nightly());
        });
        model.addAttribute("schoolDataForm", form);
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        var connection = connections.find(user.organisationId());
        model.addAttribute("connection", connection.orElse(null));
        model.addAttribute("runs", connections.runs(user.organisationId(), RUNS_SHOWN));
        model.addAttribute("secretsConfigured", secrets.configured());
        return "uka/schooldata";
    }

    @PostMapping("/uka/skoldata")
    String save(@Valid @ModelAttribute("schoolDataForm") SchoolDataForm form, BindingResult errors, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        outgoing.reject(errors, "tokenUrl", form.getTokenUrl());
        boolean stored = connections.find(org).isPresent();
        String secret = form.getClientSecret() == null || form.getClientSecret().isBlank() ? null : form.getClientSecret().strip();
        if (secret == null && !stored && !errors.hasFieldErrors("clientSecret")) {
            errors.rejectValue("clientSecret", "uka.schooldata.secretRequired");
        }
        if (!secrets.configured()) {
            errors.reject("uka.schooldata.noKey");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form.setClientSecret(null);
            return page(user, model);
        }
        connections.save(org, form.getBaseUrl().strip(), form.getTokenUrl().strip(), form.getClientId().strip(), secret,
                form.getScope() == null || form.getScope().isBlank() ? null : form.getScope().strip(), form.isNightly(), UkaCaseworker.username());
        audit.record(AuditAction.REGISTER_CHANGED, "uka.ss12000-connection", org, org,
                "SS 12000 connection saved" + (secret == null ? "" : " with a new client secret") + (form.isNightly() ? ", read nightly" : ""));
        flash.addFlashAttribute("saved", true);
        return "redirect:/uka/skoldata";
    }

    @PostMapping("/uka/skoldata/las")
    String read(Model model, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        SchoolDataReading.Outcome outcome = reading.readNow(user.organisationId(), "MANUAL", UkaCaseworker.username());
        if (!outcome.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failed", outcome);
            return page(model);
        }
        flash.addFlashAttribute("outcome", outcome);
        return "redirect:/uka/skoldata";
    }
}
