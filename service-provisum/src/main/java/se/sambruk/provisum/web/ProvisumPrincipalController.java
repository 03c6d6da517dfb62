package se.sambruk.provisum.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import se.sambruk.core.AuditLog;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.messages.Messages;
import se.sambruk.provisum.rules.AssignmentRules;
import se.sambruk.provisum.rules.CaseType;

/** The registers of principals, guardians and assignments, and a principal's page. Every read is audited. */
@Controller
class ProvisumPrincipalController {

    private final Office office;
    private final Register register;
    private final AuditLog audit;
    private final Messages messages;

    ProvisumPrincipalController(Office office, Register register, AuditLog audit, Messages messages) {
        this.office = office;
        this.register = register;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/provisum/principals")
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        Office.Scope scope = office.require();
        String query = q == null || q.length() > 100 ? "" : q;
        var principals = register.principals(scope, query);
        model.addAttribute("q", query);
        model.addAttribute("principals", principals);
        model.addAttribute("municipalities", office.names(scope));
        if (!model.containsAttribute("principalForm")) {
            model.addAttribute("principalForm", new PrincipalForm());
        }
        audit.personalDataRead("provisum.principal.list", null, scope.user().organisationId(), principals.size() + " principals listed");
        return "provisum/principals";
    }

    @PostMapping("/provisum/principals")
    String add(@Valid @ModelAttribute("principalForm") PrincipalForm form, BindingResult errors, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        PersonalIdentityNumber number = null;
        if (!errors.hasFieldErrors("personnummer")) {
            try {
                number = PersonalIdentityNumber.parse(form.getPersonnummer(), office.today());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("personnummer", "provisum.personnummer.invalid", "Ogiltigt personnummer");
            }
        }
        if (form.getMunicipality() != null && !scope.covers(form.getMunicipality())) {
            errors.rejectValue("municipality", "provisum.municipality.notServed", "Kommunen ingår inte i nämndens område");
        }
        if (!errors.hasErrors()) {
            try {
                long id = register.addPrincipal(scope, form.getMunicipality(), number, form.getName().strip());
                audit.personalDataChanged("provisum.principal", id, form.getMunicipality(), "registered");
                return "redirect:/provisum/principals/" + id;
            } catch (Register.Duplicate duplicate) {
                errors.rejectValue("personnummer", "provisum.principal.duplicate", "Huvudmannen finns redan");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(null, model);
    }

    @GetMapping("/provisum/principals/{id}")
    String show(@PathVariable long id, Model model) {
        Office.Scope scope = office.require();
        Register.Principal principal = register.principal(scope, id).orElseThrow(Office.NotFound::new);
        model.addAttribute("principal", principal);
        model.addAttribute("municipality", office.names(scope).get(principal.municipalityId()));
        model.addAttribute("assignments", register.assignments(scope, id));
        model.addAttribute("cases", register.cases(scope, id));
        model.addAttribute("types", CaseType.values());
        model.addAttribute("today", office.today());
        model.addAttribute("guardians", register.guardians(scope));
        model.addAttribute("kinds", AssignmentRules.Kind.values());
        model.addAttribute("messages", messages.of(id));
        model.addAttribute("maxLength", Messages.MAX_LENGTH);
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm());
        }
        audit.personalDataRead("provisum.principal", id, principal.municipalityId(), "principal, assignments and cases");
        return "provisum/principal";
    }

    @PostMapping("/provisum/principals/{id}/cases")
    String openCase(@PathVariable long id, @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                    Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.Principal principal = register.principal(scope, id).orElseThrow(Office.NotFound::new);
        CaseType caseType = null;
        LocalDate fromDate = null;
        try {
            caseType = CaseType.valueOf(type == null ? "" : type);
            fromDate = LocalDate.parse(from == null ? "" : from.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("caseError", true);
            return show(id, model);
        }
        long caseId = register.openCase(scope, principal, caseType, fromDate, office.today());
        audit.personalDataChanged("provisum.case", caseId, principal.municipalityId(), "opened " + caseType);
        return "redirect:/provisum/cases/" + caseId;
    }

    /**
     * Registers an assignment from the court's decision, checked by {@link AssignmentRules}; by
     * default also opens the inventory's case, due two months from the start (FB 14 kap. 1 §).
     */
    @PostMapping("/provisum/principals/{id}/assignments")
    String addAssignment(@PathVariable long id, @Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult errors,
                         Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.Principal principal = register.principal(scope, id).orElseThrow(Office.NotFound::new);
        AssignmentRules.Kind kind = null;
        if (!errors.hasFieldErrors("kind")) {
            try {
                kind = AssignmentRules.Kind.valueOf(form.getKind());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "provisum.assignment.kind.invalid", "Unknown kind");
            }
        }
        Register.Guardian guardian = null;
        if (!errors.hasFieldErrors("guardian")) {
            guardian = register.guardian(scope, form.getGuardian()).orElse(null);
            if (guardian == null) {
                errors.rejectValue("guardian", "provisum.assignment.guardian.invalid", "Unknown guardian");
            }
        }
        if (kind != null && guardian != null && !errors.hasFieldErrors("startsOn") && !errors.hasFieldErrors("endsOn")) {
            for (AssignmentRules.Problem problem : AssignmentRules.problems(kind, principal.personnummer().dateOfBirth(),
                    guardian.suitabilityChecked(), form.getStartsOn(), form.getEndsOn())) {
                errors.rejectValue(problem.field(), "provisum.assignment." + problem, problem.name());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model);
        }
        String decision = form.getCourtDecision() == null || form.getCourtDecision().isBlank() ? null : form.getCourtDecision().strip();
        long created = register.addAssignment(scope, principal, guardian, kind, form.getScope().strip(), decision, form.getStartsOn(),
                form.getEndsOn(), form.isOpenInventory(), office.today());
        audit.personalDataChanged("provisum.principal", id, principal.municipalityId(), "assignment " + kind + " registered");
        return form.isOpenInventory() ? "redirect:/provisum/cases/" + created : "redirect:/provisum/principals/" + id;
    }

    /** The office writes to the principal's guardians (registered in the diarium; they are told by mail without personal data). */
    @PostMapping("/provisum/principals/{id}/messages")
    String message(@PathVariable long id, @RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.Principal principal = register.principal(scope, id).orElseThrow(Office.NotFound::new);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Messages.MAX_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("messageError", true);
            model.addAttribute("entered", text);
            return show(id, model);
        }
        messages.fromOffice(principal.id(), principal.municipalityId(), scope.user().name(), body);
        audit.personalDataChanged("provisum.message", id, principal.municipalityId(), "message to the guardians");
        return "redirect:/provisum/principals/" + id + "#messages";
    }
}
