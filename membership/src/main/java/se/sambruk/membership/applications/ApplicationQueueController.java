package se.sambruk.membership.applications;

import java.util.EnumSet;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** Staff's queue of applications and the board's decision on each. */
@Controller
class ApplicationQueueController {

    private final Applications applications;
    private final MembershipDecisions decisions;
    private final MemberRegister register;
    private final AuditLog audit;

    ApplicationQueueController(Applications applications, MembershipDecisions decisions, MemberRegister register, AuditLog audit) {
        this.audit = audit;
        this.applications = applications;
        this.decisions = decisions;
        this.register = register;
    }

    @GetMapping("/admin/membership/applications")
    String queue(Model model) {
        model.addAttribute("open", applications.findByStatusOrderBySubmittedAt(Application.Status.SUBMITTED));
        model.addAttribute("decided", applications.findByStatusInOrderByDecidedAtDesc(
                EnumSet.of(Application.Status.APPROVED, Application.Status.REJECTED)));
        return "membership/applications";
    }

    @GetMapping("/admin/membership/applications/{id}")
    String show(@PathVariable String id, Model model) {
        Application application = find(id);
        audit.personalDataRead("membership_application", application.getId(), null, "application opened (contact person)");
        DecisionForm form = new DecisionForm();
        form.setBoardDecidedOn(decisions.today());
        form.setStartsOn(decisions.today().withDayOfMonth(1).plusMonths(1));
        register.organisationNamed(application.getOrganisationName()).ifPresent(match -> {
            form.setOrganisation(match.id());
            form.setRejoining(register.membership(match.id()).map(membership -> "FORMER".equals(membership.status())).orElse(false));
        });
        return page(model, application, form);
    }

    @PostMapping("/admin/membership/applications/{id}/decision")
    String decide(@PathVariable String id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Application application = find(id);
        if (!application.isOpen()) {
            model.addAttribute("refusal", "membership.application.decided");
            return page(model, application, form);
        }
        boolean approve = "APPROVE".equals(form.getDecision());
        if (approve) {
            if (form.getOrganisation() == null || register.organisation(form.getOrganisation()).isEmpty()) {
                errors.rejectValue("organisation", "membership.decision.organisation.required");
            } else if (register.isMember(form.getOrganisation(), decisions.today())) {
                errors.rejectValue("organisation", "membership.decision.organisation.member");
            }
            if (form.getStartsOn() == null && !errors.hasFieldErrors("startsOn")) {
                errors.rejectValue("startsOn", "membership.decision.startsOn.required");
            }
        }
        if (errors.hasErrors()) {
            return page(model, application, form);
        }
        String by = CurrentUser.require().name();
        if (approve) {
            decisions.approve(application.getId(), form.getOrganisation(), form.getBoardDecidedOn(), form.getStartsOn(), form.isRejoining(),
                    ApplicationForm.blankToNull(form.getNote()), by);
            redirect.addFlashAttribute("flashKey", "membership.decision.approved");
        } else {
            decisions.reject(application.getId(), form.getBoardDecidedOn(), ApplicationForm.blankToNull(form.getNote()), by);
            redirect.addFlashAttribute("flashKey", "membership.decision.rejected");
        }
        return "redirect:/admin/membership/applications";
    }

    private Application find(String id) {
        return Ids.parse(id).flatMap(applications::findById).orElseThrow(NotFound::new);
    }

    private String page(Model model, Application application, DecisionForm form) {
        model.addAttribute("entry", application);
        model.addAttribute("form", form);
        model.addAttribute("organisations", register.organisations());
        if (application.getOrganisationId() != null) {
            register.organisation(application.getOrganisationId()).ifPresent(organisation -> model.addAttribute("member", organisation));
        }
        return "membership/application";
    }
}
