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
import se.sambruk.uka.people.ActionDatesRule;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.CoveragePeriodRule;
import se.sambruk.uka.people.DateProblem;
import se.sambruk.uka.people.Records;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;

/**
 * Correcting what was recorded on a person's page: a contact (or deleting it), an action (category,
 * dates, who is responsible, why it ended) and a coverage period (dates and why it ended). Each
 * record has a page of its own with the form, reached from the person's page and from the SCB
 * checks' links; the dates are checked by the same rules as when the record was made. Every page is a read of personal
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

    /** Puts the rules' problems on the form's fields (the first per field), with {@code rename} for fields named otherwise. */
    static void reject(BindingResult errors, java.util.List<DateProblem> problems, java.util.Map<String, String> rename) {
        for (DateProblem p : problems) {
            String field = rename.getOrDefault(p.field(), p.field());
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, p.key(), p.args().stream().map(String::valueOf).toArray(), null);
            }
        }
    }

    /** The codes a form offers: the active ones, and the record's own even when it has been retired since. */
    private java.util.Map<String, String> choices(long org, String list, String current) {
        var choices = new java.util.LinkedHashMap<>(codes.active(org, list));
        if (current != null && !current.isBlank()) {
            choices.putIfAbsent(current, codes.labels(org, list).getOrDefault(current, current));
        }
        return choices;
    }

    /** A code the form may take: an active one of the list, or the one the record already has. */
    private boolean allowed(long org, String list, String code, String current) {
        return code.equals(current) || codes.isActive(org, list, code);
    }

    // --- an action ---

    @GetMapping("/uka/personer/{id}/atgarder/{actionId}")
    String action(@PathVariable long id, @PathVariable long actionId, Model model) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.Action action = register.action(org, id, actionId).orElseThrow(UkaCaseworker.NotFound::new);
        ActionForm form = new ActionForm();
        form.setCategory(action.category());
        form.setStart(action.start());
        form.setEnd(action.end());
        form.setResponsible(action.responsible());
        form.setEndReason(action.endReason());
        model.addAttribute("actionForm", form);
        return actionPage(org, person, action, model);
    }

    private String actionPage(long org, YoungPerson person, Records.Action action, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("action", action);
        model.addAttribute("categories", choices(org, CodeLists.ACTION_CATEGORY, action.category()));
        model.addAttribute("actionEndReasons", choices(org, CodeLists.ACTION_END_REASON, action.endReason()));
        audit.personalDataRead("uka.action", person.id(), org, "action " + action.id() + " to correct");
        return "uka/action-edit";
    }

    @PostMapping("/uka/personer/{id}/atgarder/{actionId}")
    String saveAction(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("actionForm") ActionForm form,
                      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.Action action = register.action(org, id, actionId).orElseThrow(UkaCaseworker.NotFound::new);
        if (!errors.hasFieldErrors("category") && !allowed(org, CodeLists.ACTION_CATEGORY, form.getCategory(), action.category())) {
            errors.rejectValue("category", "uka.code.unknown");
        }
        boolean hasReason = form.getEndReason() != null && !form.getEndReason().isBlank();
        if (hasReason && !allowed(org, CodeLists.ACTION_END_REASON, form.getEndReason(), action.endReason())) {
            errors.rejectValue("endReason", "uka.code.unknown");
        }
        reject(errors, ActionDatesRule.check(form.getStart(), form.getEnd(), hasReason, person.personnummer().dateOfBirth(), register.today()),
                java.util.Map.of());
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return actionPage(org, person, action, model);
        }
        register.updateAction(org, id, actionId, form.getCategory(), form.getStart(), form.getEnd(), form.getResponsible().strip(),
                hasReason ? form.getEndReason() : null);
        audit.personalDataChanged("uka.action", id, org, "action " + actionId + " corrected");
        flash.addFlashAttribute("notice", "uka.action.corrected");
        return "redirect:/uka/personer/" + id + "#atgarder";
    }

    // --- a coverage period ---

    @GetMapping("/uka/personer/{id}/perioder/{periodId}")
    String period(@PathVariable long id, @PathVariable long periodId, Model model) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.CoveragePeriod period = register.period(org, id, periodId).orElseThrow(UkaCaseworker.NotFound::new);
        CoveragePeriodForm form = new CoveragePeriodForm();
        form.setStart(period.start());
        form.setEnd(period.end());
        form.setEndReason(period.endReason());
        model.addAttribute("periodForm", form);
        return periodPage(org, person, period, model);
    }

    private String periodPage(long org, YoungPerson person, Records.CoveragePeriod period, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("period", period);
        model.addAttribute("endReasons", choices(org, CodeLists.END_REASON, period.endReason()));
        model.addAttribute("others", register.periods(org, person.id()).stream().filter(p -> p.id() != period.id()).toList());
        audit.personalDataRead("uka.coverage", person.id(), org, "coverage period " + period.id() + " to correct");
        return "uka/period-edit";
    }

    @PostMapping("/uka/personer/{id}/perioder/{periodId}")
    String savePeriod(@PathVariable long id, @PathVariable long periodId, @Valid @ModelAttribute("periodForm") CoveragePeriodForm form,
                      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        YoungPerson person = person(org, id);
        Records.CoveragePeriod period = register.period(org, id, periodId).orElseThrow(UkaCaseworker.NotFound::new);
        boolean hasReason = form.getEndReason() != null && !form.getEndReason().isBlank();
        if (hasReason && !allowed(org, CodeLists.END_REASON, form.getEndReason(), period.endReason())) {
            errors.rejectValue("endReason", "uka.code.unknown");
        }
        var others = register.periods(org, id).stream().filter(p -> p.id() != periodId).toList();
        reject(errors, CoveragePeriodRule.check(form.getStart(), form.getEnd(), hasReason, person.personnummer().dateOfBirth(), register.today(),
                others), java.util.Map.of());
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return periodPage(org, person, period, model);
        }
        register.updatePeriod(org, id, periodId, form.getStart(), form.getEnd(), form.getEndReason());
        audit.personalDataChanged("uka.coverage", id, org, "coverage period " + periodId + " corrected");
        flash.addFlashAttribute("notice", "uka.period.corrected");
        return "redirect:/uka/personer/" + id + "#omfattas";
    }
}
