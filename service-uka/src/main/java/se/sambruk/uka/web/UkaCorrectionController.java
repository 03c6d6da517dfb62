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
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.Records;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;

/**
 * Correcting what was recorded on a person's page: a contact (or deleting it). Each record has a
 * page of its own with the form, reached from the person's page. Every page is a read of personal
 * data (audited), every change is audited, and a record of another person or municipality is 404.
 */
@Controller
class UkaCorrectionController {

    private final Register register;
    private final CodeLists codes;
    private final AuditLog audit;

    UkaCorrectionController(Register register, CodeLists codes, AuditLog audit) {
        this.register = register;
        this.codes = codes;
        this.audit = audit;
    }

    private YoungPerson person(long org, long id) {
        return register.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
    }

    // --- a contact ---

    @GetMapping("/uka/personer/{id}/kontakter/{contactId}")
    String contact(@PathVariable long id, @PathVariable long contactId, Model model) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.Contact contact = register.contact(org, id, contactId).orElseThrow(UkaCaseworker.NotFound::new);
        ContactForm form = new ContactForm();
        form.setDate(contact.date());
        form.setWay(contact.way());
        form.setReached(contact.reached());
        form.setOutcome(contact.outcome());
        model.addAttribute("contactForm", form);
        return contactPage(org, person, contact, model);
    }

    private String contactPage(long org, YoungPerson person, Records.Contact contact, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("contact", contact);
        var ways = new java.util.LinkedHashMap<>(codes.active(org, CodeLists.CONTACT_WAY));
        ways.putIfAbsent(contact.way(), codes.labels(org, CodeLists.CONTACT_WAY).getOrDefault(contact.way(), contact.way()));
        model.addAttribute("ways", ways);
        audit.personalDataRead("uka.contact", person.id(), org, "contact " + contact.id() + " to correct");
        return "uka/contact-edit";
    }

    @PostMapping("/uka/personer/{id}/kontakter/{contactId}")
    String saveContact(@PathVariable long id, @PathVariable long contactId, @Valid @ModelAttribute("contactForm") ContactForm form,
                       BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.Contact contact = register.contact(org, id, contactId).orElseThrow(UkaCaseworker.NotFound::new);
        // the way it was logged with stays allowed even if the code has since been retired
        if (!errors.hasFieldErrors("way") && !form.getWay().equals(contact.way()) && !codes.isActive(org, CodeLists.CONTACT_WAY, form.getWay())) {
            errors.rejectValue("way", "uka.code.unknown");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return contactPage(org, person, contact, model);
        }
        register.updateContact(org, id, contactId, form.getDate(), form.getWay(), form.isReached(), form.getOutcome());
        audit.personalDataChanged("uka.contact", id, org, "contact " + contactId + " corrected");
        flash.addFlashAttribute("notice", "uka.contact.corrected");
        return "redirect:/uka/personer/" + id + "#kontakter";
    }

    @PostMapping("/uka/personer/{id}/kontakter/{contactId}/ta-bort")
    String deleteContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        person(org, id);
        if (!register.deleteContact(org, id, contactId)) {
            throw new UkaCaseworker.NotFound();
        }
        audit.personalDataChanged("uka.contact", id, org, "contact " + contactId + " deleted");
        flash.addFlashAttribute("notice", "uka.contact.deleted");
        return "redirect:/uka/personer/" + id + "#kontakter";
    }
}
