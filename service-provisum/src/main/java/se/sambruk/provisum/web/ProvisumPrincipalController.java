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
import se.sambruk.provisum.rules.CaseType;

/** The registers of principals, guardians and assignments, and a principal's page. Every read is audited. */
@Controller
class ProvisumPrincipalController {

    private final Office office;
    private final Register register;
    private final AuditLog audit;

    ProvisumPrincipalController(Office office, Register register, AuditLog audit) {
        this.office = office;
        this.register = register;
        this.audit = audit;
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
            } catch (IllegalStateException duplicate) {
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

    @GetMapping("/provisum/guardians")
    String guardians(Model model) {
        Office.Scope scope = office.require();
        var guardians = register.guardians(scope);
        model.addAttribute("guardians", guardians);
        model.addAttribute("assignments", register.assignments(scope, null));
        audit.personalDataRead("provisum.guardian.list", null, scope.user().organisationId(), guardians.size() + " guardians listed");
        return "provisum/guardians";
    }
}
