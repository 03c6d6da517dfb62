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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.uka.coverage.CoverageRules;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.NewPerson;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.YoungPerson;

/** The register (search, add by hand) and a young person's page with its quick forms. Every read of a person is audited. */
@Controller
class UkaPersonController {

    private final Register register;
    private final CodeLists codes;
    private final AuditLog audit;
    private final se.sambruk.core.documents.Attachments attachments;
    private final se.sambruk.uka.people.OwnPages pages;

    UkaPersonController(Register register, CodeLists codes, AuditLog audit, se.sambruk.core.documents.Attachments attachments,
                        se.sambruk.uka.people.OwnPages pages) {
        this.pages = pages;
        this.register = register;
        this.codes = codes;
        this.audit = audit;
        this.attachments = attachments;
    }

    /** What the core's attachments call a person's documents. */
    static String documentsOf(long personId) {
        return "person:" + personId;
    }

    @GetMapping("/uka/personer")
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "alla", defaultValue = "false") boolean all, Model model) {
        CurrentUser user = UkaCaseworker.require();
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        var people = register.search(user.organisationId(), q, !all, UkaOverviewController.LIMIT);
        model.addAttribute("q", q);
        model.addAttribute("all", all);
        model.addAttribute("people", people);
        audit.personalDataRead("uka.person.list", null, user.organisationId(), people.size() + " listed");
        return "uka/people";
    }

    @GetMapping("/uka/personer/ny")
    String newPerson(Model model) {
        UkaCaseworker.require();
        model.addAttribute("personForm", new PersonForm());
        return "uka/person-form";
    }

    @PostMapping("/uka/personer")
    String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors, HttpServletResponse response,
                  RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        PersonalIdentityNumber pnr = null;
        if (!errors.hasFieldErrors("personnummer")) {
            try {
                pnr = PersonalIdentityNumber.parse(form.getPersonnummer(), register.today());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("personnummer", "uka.person.personnummer.invalid");
            }
        }
        if (pnr != null && register.exists(org, pnr)) {
            errors.rejectValue("personnummer", "uka.person.personnummer.exists");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "uka/person-form";
        }
        long id = register.add(org, new NewPerson(pnr, form.getName().strip(), form.getPhone(), form.getEmail(), form.getAddress(),
                form.getGuardians(), UkaCaseworker.username(), form.isRegisteredHere(), form.isCompulsorySchoolDone(), form.getProgramme()),
                "Tillagd för hand");
        audit.personalDataChanged("uka.person", id, org, "added by hand");
        flash.addFlashAttribute("notice", "uka.person.added");
        return "redirect:/uka/personer/" + id;
    }

    @GetMapping("/uka/personer/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = UkaCaseworker.require();
        return page(user.organisationId(), id, model);
    }

    private String page(long org, long id, Model model) {
        YoungPerson person = register.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        var today = register.today();
        model.addAttribute("person", person);
        model.addAttribute("age", person.age(today));
        model.addAttribute("minor", person.minor(today));
        model.addAttribute("rules", CoverageRules.evaluate(person.facts(), today));
        model.addAttribute("periods", register.periods(org, id));
        model.addAttribute("open", register.openPeriod(org, id).isPresent());
        model.addAttribute("contacts", register.contacts(org, id));
        model.addAttribute("plan", register.plan(org, id).orElse(null));
        model.addAttribute("actions", register.actions(org, id));
        model.addAttribute("followUps", register.followUps(org, id));
        model.addAttribute("requests", pages.requests(org, id));
        model.addAttribute("documents", attachments.list(org, "uka", documentsOf(id)));
        model.addAttribute("ways", codes.active(org, CodeLists.CONTACT_WAY));
        model.addAttribute("wayLabels", codes.labels(org, CodeLists.CONTACT_WAY));
        model.addAttribute("categories", codes.active(org, CodeLists.ACTION_CATEGORY));
        model.addAttribute("categoryLabels", codes.labels(org, CodeLists.ACTION_CATEGORY));
        model.addAttribute("endReasons", codes.active(org, CodeLists.END_REASON));
        model.addAttribute("endReasonLabels", codes.labels(org, CodeLists.END_REASON));
        model.addAttribute("actionEndReasons", codes.active(org, CodeLists.ACTION_END_REASON));
        model.addAttribute("actionEndReasonLabels", codes.labels(org, CodeLists.ACTION_END_REASON));
        if (!model.containsAttribute("contactForm")) {
            ContactForm contact = new ContactForm();
            contact.setDate(today);
            model.addAttribute("contactForm", contact);
        }
        if (!model.containsAttribute("planForm")) {
            PlanForm plan = new PlanForm();
            plan.setGoal(register.plan(org, id).orElse(null));
            model.addAttribute("planForm", plan);
        }
        if (!model.containsAttribute("actionForm")) {
            ActionForm action = new ActionForm();
            action.setStart(today);
            model.addAttribute("actionForm", action);
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm());
        }
        if (!model.containsAttribute("endCoverageForm")) {
            EndCoverageForm end = new EndCoverageForm();
            end.setEndedOn(today);
            end.setReason(CoverageRules.suggestedEndReason(person.facts(), today));
            model.addAttribute("endCoverageForm", end);
        }
        audit.personalDataRead("uka.person", id, org, "person's page");
        return "uka/person";
    }

    private String invalid(long org, long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(org, id, model);
    }

    private long existing(long org, long id) {
        register.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        return id;
    }

    @PostMapping("/uka/personer/{id}/kontakter")
    String contact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (!errors.hasFieldErrors("way") && !codes.isActive(org, CodeLists.CONTACT_WAY, form.getWay())) {
            errors.rejectValue("way", "uka.code.unknown");
        }
        if (errors.hasErrors()) {
            return invalid(org, id, model, response);
        }
        register.addContact(org, id, form.getDate(), form.getWay(), UkaCaseworker.username(), form.isReached(), form.getOutcome());
        audit.personalDataChanged("uka.contact", id, org, "contact logged");
        flash.addFlashAttribute("notice", "uka.contact.added");
        return "redirect:/uka/personer/" + id + "#kontakter";
    }

    @PostMapping("/uka/personer/{id}/plan")
    String plan(@PathVariable long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (errors.hasErrors()) {
            return invalid(org, id, model, response);
        }
        register.savePlan(org, id, form.getGoal().strip());
        audit.personalDataChanged("uka.plan", id, org, "plan saved");
        flash.addFlashAttribute("notice", "uka.plan.saved");
        return "redirect:/uka/personer/" + id + "#plan";
    }

    @PostMapping("/uka/personer/{id}/atgarder")
    String action(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (!errors.hasFieldErrors("category") && !codes.isActive(org, CodeLists.ACTION_CATEGORY, form.getCategory())) {
            errors.rejectValue("category", "uka.code.unknown");
        }
        boolean hasReason = form.getEndReason() != null && !form.getEndReason().isBlank();
        if (hasReason && !codes.isActive(org, CodeLists.ACTION_END_REASON, form.getEndReason())) {
            errors.rejectValue("endReason", "uka.code.unknown");
        }
        // the same rule as when the action is corrected
        UkaCorrectionController.reject(errors, se.sambruk.uka.people.ActionDatesRule.check(form.getStart(), form.getEnd(), hasReason,
                register.find(org, id).orElseThrow().personnummer().dateOfBirth(), register.today()), java.util.Map.of());
        if (errors.hasErrors()) {
            return invalid(org, id, model, response);
        }
        register.addAction(org, id, form.getCategory(), form.getStart(), form.getEnd(), form.getResponsible().strip(), form.getEndReason());
        audit.personalDataChanged("uka.action", id, org, "action added");
        flash.addFlashAttribute("notice", "uka.action.added");
        return "redirect:/uka/personer/" + id + "#atgarder";
    }

    @PostMapping("/uka/personer/{id}/atgarder/{actionId}/avsluta")
    String endAction(@PathVariable long id, @PathVariable long actionId,
                     @RequestParam(name = "end", required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate end,
                     @RequestParam(name = "endReason", required = false) String endReason, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (end == null || !codes.isActive(org, CodeLists.ACTION_END_REASON, endReason)) {
            flash.addFlashAttribute("problem", "uka.action.endInvalid");
        } else if (register.endAction(org, id, actionId, end, endReason)) {
            audit.personalDataChanged("uka.action", id, org, "action ended");
            flash.addFlashAttribute("notice", "uka.action.ended");
        } else {
            flash.addFlashAttribute("problem", "uka.action.endInvalid");
        }
        return "redirect:/uka/personer/" + id + "#atgarder";
    }

    @PostMapping("/uka/personer/{id}/uppfoljningar")
    String followUp(@PathVariable long id, @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model,
                    HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        existing(org, id);
        if (errors.hasErrors()) {
            return invalid(org, id, model, response);
        }
        register.addFollowUp(org, id, form.getDue(), form.getNote(), user.userId(), form.isMeeting());
        audit.personalDataChanged("uka.followup", id, org, "follow-up added");
        flash.addFlashAttribute("notice", "uka.followUp.added");
        return "redirect:/uka/personer/" + id + "#uppfoljning";
    }

    @PostMapping("/uka/personer/{id}/uppfoljningar/{followUpId}/klar")
    String followUpDone(@PathVariable long id, @PathVariable long followUpId, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (!register.completeFollowUp(org, id, followUpId)) {
            throw new UkaCaseworker.NotFound();
        }
        audit.personalDataChanged("uka.followup", id, org, "follow-up done");
        flash.addFlashAttribute("notice", "uka.followUp.done");
        return "redirect:/uka/personer/" + id + "#uppfoljning";
    }

    @PostMapping("/uka/personer/{id}/tilldela")
    String assignToMe(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        existing(org, id);
        register.assign(org, id, UkaCaseworker.username(), user.userId());
        audit.personalDataChanged("uka.person", id, org, "assigned");
        flash.addFlashAttribute("notice", "uka.person.assigned");
        return "redirect:/uka/personer/" + id;
    }

    @PostMapping("/uka/personer/{id}/avsluta")
    String endCoverage(@PathVariable long id, @Valid @ModelAttribute("endCoverageForm") EndCoverageForm form, BindingResult errors,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        if (!errors.hasFieldErrors("reason") && !codes.isActive(org, CodeLists.END_REASON, form.getReason())) {
            errors.rejectValue("reason", "uka.code.unknown");
        }
        var open = register.openPeriod(org, id);
        if (open.isEmpty()) {
            errors.reject("uka.coverage.notOpen");
            model.addAttribute("errorKey", "uka.coverage.notOpen"); // the form is not shown without open coverage: the layout's notice says it
        } else {
            // the same rule as when a period is corrected (the open period's start, the person's other periods)
            var others = register.periods(org, id).stream().filter(p -> p.id() != open.get().id()).toList();
            UkaCorrectionController.reject(errors, se.sambruk.uka.people.CoveragePeriodRule.check(open.get().start(), form.getEndedOn(), true,
                    null, register.today(), others).stream().filter(p -> p.field().equals("end")).toList(), java.util.Map.of("end", "endedOn"));
        }
        if (errors.hasErrors()) {
            return invalid(org, id, model, response);
        }
        register.endCoverage(org, id, form.getEndedOn(), form.getReason());
        audit.personalDataChanged("uka.coverage", id, org, "coverage ended: " + form.getReason());
        flash.addFlashAttribute("notice", "uka.coverage.ended");
        return "redirect:/uka/personer/" + id;
    }

    @PostMapping("/uka/personer/{id}/dokument")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        try {
            if (file == null || file.isEmpty()) {
                throw new se.sambruk.core.documents.RefusedFile(se.sambruk.core.documents.RefusedFile.Reason.EMPTY, "Välj en fil.");
            }
            attachments.store(org, "uka", documentsOf(id), file, se.sambruk.core.documents.FileType.DOCUMENTS);
        } catch (se.sambruk.core.documents.RefusedFile refused) {
            model.addAttribute("documentError", refused.getMessage());
            return invalid(org, id, model, response);
        }
        flash.addFlashAttribute("notice", "uka.documents.added.notice");
        return "redirect:/uka/personer/" + id + "#dokument";
    }

    @GetMapping("/uka/personer/{id}/dokument/{documentId}")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        attachments.info(documentId, org, "uka").filter(a -> a.ownerRef().equals(documentsOf(id))).orElseThrow(UkaCaseworker.NotFound::new);
        return attachments.download(documentId, org, "uka");
    }

    @PostMapping("/uka/personer/{id}/dokument/{documentId}/ta-bort")
    String deleteDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes flash) {
        long org = UkaCaseworker.require().organisationId();
        existing(org, id);
        attachments.info(documentId, org, "uka").filter(a -> a.ownerRef().equals(documentsOf(id))).orElseThrow(UkaCaseworker.NotFound::new);
        attachments.delete(documentId, org, "uka");
        flash.addFlashAttribute("notice", "uka.documents.deleted");
        return "redirect:/uka/personer/" + id + "#dokument";
    }
}
