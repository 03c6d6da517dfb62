package se.sambruk.provisum.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.core.AuditLog;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.rules.SuitabilityCheck;

/**
 * The office's guardians: the register with the assignments, registering a guardian with the
 * suitability check (FB 11 kap. 12 §), a guardian's page and recording a check made later.
 */
@Controller
class ProvisumGuardianController {

    private final Office office;
    private final Register register;
    private final AuditLog audit;

    ProvisumGuardianController(Office office, Register register, AuditLog audit) {
        this.office = office;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/provisum/guardians")
    String guardians(Model model) {
        Office.Scope scope = office.require();
        var guardians = register.guardians(scope);
        model.addAttribute("guardians", guardians);
        model.addAttribute("assignments", register.assignments(scope, null));
        if (!model.containsAttribute("guardianForm")) {
            model.addAttribute("guardianForm", new GuardianForm());
        }
        audit.personalDataRead("provisum.guardian.list", null, scope.user().organisationId(), guardians.size() + " guardians listed");
        return "provisum/guardians";
    }

    /** Checks the suitability part of the form; the problems become field errors. */
    private void checkSuitability(GuardianForm form, BindingResult errors) {
        for (SuitabilityCheck.Problem problem : form.check().problems(office.today())) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), "provisum.suitability." + problem, problem.name());
            }
        }
    }

    @PostMapping("/provisum/guardians")
    String add(@Valid @ModelAttribute("guardianForm") GuardianForm form, BindingResult errors, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        PersonalIdentityNumber number = null;
        if (!errors.hasFieldErrors("personnummer")) {
            try {
                number = PersonalIdentityNumber.parse(form.getPersonnummer(), office.today());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("personnummer", "provisum.personnummer.invalid", "Ogiltigt personnummer");
            }
        }
        checkSuitability(form, errors);
        if (!errors.hasErrors()) {
            try {
                String email = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip();
                long id = register.addGuardian(scope, number, form.getName().strip(), email, form.check());
                audit.personalDataChanged("provisum.guardian", id, scope.user().organisationId(),
                        form.check().complete() ? "registered, suitability checked" : "registered, not yet checked");
                return "redirect:/provisum/guardians/" + id;
            } catch (Register.Duplicate duplicate) {
                errors.rejectValue("personnummer", "provisum.guardian.duplicate", "Ställföreträdaren finns redan");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return guardians(model);
    }

    @GetMapping("/provisum/guardians/{id}")
    String show(@PathVariable long id, Model model) {
        Office.Scope scope = office.require();
        Register.Guardian guardian = register.guardian(scope, id).orElseThrow(Office.NotFound::new);
        model.addAttribute("guardian", guardian);
        model.addAttribute("assignments", register.assignmentsOfGuardian(scope, id));
        if (!model.containsAttribute("guardianForm")) {
            GuardianForm form = new GuardianForm();
            form.setSuitabilityCheckedOn(office.today());
            model.addAttribute("guardianForm", form);
        }
        audit.personalDataRead("provisum.guardian", id, scope.user().organisationId(), "guardian and assignments");
        return "provisum/guardian";
    }

    /** Records a suitability check made after the guardian was registered (only the check's fields are read). */
    @PostMapping("/provisum/guardians/{id}/suitability")
    String suitability(@PathVariable long id, @ModelAttribute("guardianForm") GuardianForm form, BindingResult errors, Model model,
                       HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.Guardian guardian = register.guardian(scope, id).orElseThrow(Office.NotFound::new);
        if (form.check().none()) {
            errors.rejectValue("suitabilityCheckedOn", "provisum.suitability.DATE_MISSING", "DATE_MISSING");
        }
        checkSuitability(form, errors);
        if (form.getSuitabilityNote() != null && form.getSuitabilityNote().length() > 500) {
            errors.rejectValue("suitabilityNote", "Size", new Object[] {"", 500, 0}, "Too long");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model);
        }
        register.recordSuitability(guardian.id(), form.check());
        audit.personalDataChanged("provisum.guardian", id, scope.user().organisationId(), "suitability checked " + form.getSuitabilityCheckedOn());
        return "redirect:/provisum/guardians/" + id;
    }
}
