package se.sambruk.membership.contacts;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/**
 * A member's administrator keeps the organisation's contact people, one or more per area of
 * activity. Every query is scoped to the user's organisation: another organisation's contact is
 * not found.
 */
@Controller
class OrgContactController {

    private final Contacts contacts;
    private final AuditLog audit;

    OrgContactController(Contacts contacts, AuditLog audit) {
        this.contacts = contacts;
        this.audit = audit;
    }

    @GetMapping("/org/contacts")
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        var own = contacts.findByOrganisationIdOrderByAreaAscNameAsc(user.organisationId());
        audit.personalDataRead("membership_contact", null, user.organisationId(), "own contact list");
        model.addAttribute("contacts", own);
        model.addAttribute("areas", Area.values());
        model.addAttribute("missing", java.util.Arrays.stream(Area.values())
                .filter(area -> own.stream().noneMatch(contact -> contact.getArea() == area)).toList());
        return "membership/org-contacts";
    }

    @GetMapping("/org/contacts/new")
    String newForm(Model model) {
        return form(model, new ContactForm(), null);
    }

    @PostMapping("/org/contacts/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        CurrentUser user = CurrentUser.require();
        Contact contact = new Contact(user.organisationId());
        contact.update(form, user.name());
        contacts.save(contact);
        audit.personalDataChanged("membership_contact", contact.getId(), user.organisationId(), "contact added");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/org/contacts";
    }

    @GetMapping("/org/contacts/{id}")
    String edit(@PathVariable String id, Model model) {
        Contact contact = own(id);
        audit.personalDataRead("membership_contact", contact.getId(), contact.getOrganisationId(), "contact opened");
        return form(model, contact.toForm(), contact);
    }

    @PostMapping("/org/contacts/{id}")
    @Transactional
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Contact contact = own(id);
        if (errors.hasErrors()) {
            return form(model, form, contact);
        }
        contact.update(form, CurrentUser.require().name());
        audit.personalDataChanged("membership_contact", contact.getId(), contact.getOrganisationId(), "contact changed");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/org/contacts";
    }

    @PostMapping("/org/contacts/{id}/delete")
    @Transactional
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        Contact contact = own(id);
        contacts.delete(contact);
        audit.personalDataChanged("membership_contact", contact.getId(), contact.getOrganisationId(), "contact removed");
        redirect.addFlashAttribute("flashKey", "membership.contact.removed");
        return "redirect:/org/contacts";
    }

    private Contact own(String id) {
        long organisation = CurrentUser.require().organisationId();
        return Ids.parse(id).flatMap(contactId -> contacts.findByIdAndOrganisationId(contactId, organisation)).orElseThrow(NotFound::new);
    }

    private static String form(Model model, ContactForm form, Contact contact) {
        model.addAttribute("form", form);
        model.addAttribute("contact", contact);
        model.addAttribute("areas", Area.values());
        return "membership/org-contact-form";
    }
}
