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
import se.sambruk.core.CurrentUser;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;
import se.sambruk.uka.report.ScbDetails;

/** A person's answers to SCB's "orsak till registrering" and "tackade nej", on the current coverage period. */
@Controller
class UkaScbDetailsController {

    private final Register register;
    private final ScbDetails details;
    private final CodeLists codes;
    private final AuditLog audit;

    UkaScbDetailsController(Register register, ScbDetails details, CodeLists codes, AuditLog audit) {
        this.register = register;
        this.details = details;
        this.codes = codes;
        this.audit = audit;
    }

    @GetMapping("/uka/personer/{id}/scb-uppgifter")
    String form(@PathVariable long id, Model model) {
        CurrentUser user = UkaCaseworker.require();
        YoungPerson person = register.find(user.organisationId(), id).orElseThrow(UkaCaseworker.NotFound::new);
        ScbDetailsForm form = new ScbDetailsForm();
        details.current(user.organisationId(), id).ifPresent(d -> {
            form.setRegistrationReason(d.registrationReason());
            form.setDeclinedOffer(d.declinedOffer());
        });
        model.addAttribute("scbDetailsForm", form);
        audit.personalDataRead("uka.person", id, user.organisationId(), "SCB details");
        return page(user.organisationId(), person, model);
    }

    private String page(long org, YoungPerson person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("current", details.current(org, person.id()).orElse(null));
        model.addAttribute("reasons", codes.active(org, CodeLists.REGISTRATION_REASON));
        return "uka/scb-details";
    }

    @PostMapping("/uka/personer/{id}/scb-uppgifter")
    String save(@PathVariable long id, @Valid @ModelAttribute("scbDetailsForm") ScbDetailsForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        YoungPerson person = register.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        String reason = form.getRegistrationReason() == null || form.getRegistrationReason().isBlank() ? null : form.getRegistrationReason().strip();
        if (reason != null && !errors.hasFieldErrors("registrationReason") && !codes.isActive(org, CodeLists.REGISTRATION_REASON, reason)) {
            errors.rejectValue("registrationReason", "uka.code.unknown");
        }
        if (details.current(org, id).isEmpty()) {
            errors.reject("uka.scbDetails.neverCovered");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(org, person, model);
        }
        details.save(org, id, reason, form.isDeclinedOffer());
        audit.personalDataChanged("uka.person", id, org, "SCB details: registration reason " + reason + ", declined " + form.isDeclinedOffer());
        flash.addFlashAttribute("scbDetailsSaved", true);
        return "redirect:/uka/personer/" + id + "#omfattas";
    }
}
