package se.sambruk.membership.applications;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.Notifications;
import se.sambruk.core.PublicFormLimits;

/** The public application form: an organisation applies for membership; staff find it in their queue. */
@Controller
class ApplyController {

    private final Applications applications;
    private final AuditLog audit;
    private final ObjectProvider<Notifications> notifications;
    private final PublicFormLimits limits;

    /** Applications, each mailing the contact person: per client address and per contact address. */
    static final PublicFormLimits.Limit APPLICATIONS = new PublicFormLimits.Limit(5, 3, java.time.Duration.ofHours(1));

    ApplyController(Applications applications, AuditLog audit, ObjectProvider<Notifications> notifications, PublicFormLimits limits) {
        this.limits = limits;
        this.applications = applications;
        this.audit = audit;
        this.notifications = notifications;
    }

    @GetMapping("/membership/apply")
    String form(Model model) {
        return form(model, new ApplicationForm());
    }

    @PostMapping("/membership/apply")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model,
                 jakarta.servlet.http.HttpServletRequest request) {
        if (!errors.hasErrors() && !limits.allow("membership.apply", APPLICATIONS, request.getRemoteAddr(), form.getContactEmail())) {
            errors.reject("membership.apply.tooMany"); // nothing lost: the form comes back as typed
        }
        if (errors.hasErrors()) {
            return form(model, form);
        }
        Application application = applications.save(form.toApplication());
        audit.record(AuditAction.REGISTER_CHANGED, "membership_application", application.getId(), null,
                "application from " + application.getOrganisationName());
        notifications.ifAvailable(outbox -> outbox.email(application.getContactEmail(), "Sambruk: er ansökan om medlemskap",
                "Tack för er ansökan om medlemskap i Sambruk för " + application.getOrganisationName()
                        + ". Styrelsen behandlar den vid sitt nästa möte; vi hör av oss när den har fattat beslut."));
        return "redirect:/membership/apply/sent";
    }

    @GetMapping("/membership/apply/sent")
    String sent() {
        return "membership/apply-sent";
    }

    private static String form(Model model, ApplicationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Application.Kind.values());
        return "membership/apply";
    }
}
