package se.sambruk.core.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.SubscriptionEnded;
import se.sambruk.core.SubscriptionStarted;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/** Staff start and end subscriptions; the other modules hear of it through events. */
@Controller
class SubscriptionAdminController {

    private final Subscriptions subscriptions;
    private final ServiceCatalogue catalogue;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SubscriptionAdminController(Subscriptions subscriptions, ServiceCatalogue catalogue, Organisations organisations,
                                AuditLog audit, ApplicationEventPublisher events) {
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping("/admin/subscriptions/new")
    @Transactional(readOnly = true)
    String newForm(@RequestParam(required = false) String service, Model model) {
        SubscriptionForm form = new SubscriptionForm();
        form.setService(service);
        return form(model, form);
    }

    @PostMapping("/admin/subscriptions/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") SubscriptionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        DigitalService service = form.getService() == null ? null : catalogue.findByCode(form.getService()).orElse(null);
        Organisation organisation = form.getOrganisation() == null ? null : organisations.findById(form.getOrganisation()).orElse(null);
        if (service == null && !errors.hasFieldErrors("service")) {
            errors.rejectValue("service", "subscription.service.unknown");
        }
        if (organisation == null && !errors.hasFieldErrors("organisation")) {
            errors.rejectValue("organisation", "organisation.unknown");
        }
        if (service != null && organisation != null && subscriptions.findByOrganisation(organisation.getId()).stream()
                .anyMatch(existing -> existing.getService().getId().equals(service.getId()) && existing.getEndsOn() == null)) {
            errors.rejectValue("organisation", "subscription.exists");
        }
        if (errors.hasErrors()) {
            return form(model, form);
        }
        Subscription subscription = new Subscription(service, organisation, form.getStartsOn());
        subscription.setNote(form.getNote());
        var covered = new HashSet<>(organisations.findAllById(form.getCovers()));
        covered.remove(organisation);
        subscription.getCovers().addAll(covered);
        subscriptions.save(subscription);
        events.publishEvent(new SubscriptionStarted(subscription.getId(), service.getCode(), organisation.getId(), form.getStartsOn()));
        audit.record(AuditAction.REGISTER_CHANGED, "subscription", subscription.getId(), organisation.getId(), "started " + service.getCode());
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/services/" + service.getCode();
    }

    @PostMapping("/admin/subscriptions/{id}/end")
    @Transactional
    String end(@PathVariable String id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
               RedirectAttributes redirect) {
        Subscription subscription = SearchText.parseId(id).flatMap(subscriptions::findById).orElseThrow(NotFoundException::new);
        String code = subscription.getService().getCode();
        if (endsOn == null || (subscription.getStartsOn() != null && endsOn.isBefore(subscription.getStartsOn()))) {
            redirect.addFlashAttribute("flashKey", "subscription.endsOn.invalid");
            return "redirect:/services/" + code;
        }
        subscription.end(endsOn);
        events.publishEvent(new SubscriptionEnded(subscription.getId(), code, subscription.getOrganisation().getId(), endsOn));
        audit.record(AuditAction.REGISTER_CHANGED, "subscription", subscription.getId(), subscription.getOrganisation().getId(), "ended " + endsOn);
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/services/" + code;
    }

    private String form(Model model, SubscriptionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("services", catalogue.findAllByOrderByName());
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        return "admin/subscription-form";
    }

    static class SubscriptionForm {
        @NotBlank @Size(max = 30)
        private String service;
        @NotNull
        private Long organisation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        @Size(max = 500)
        private String note;
        private List<Long> covers = new ArrayList<>();

        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public Long getOrganisation() { return organisation; }
        public void setOrganisation(Long organisation) { this.organisation = organisation; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public List<Long> getCovers() { return covers; }
        public void setCovers(List<Long> covers) { this.covers = covers == null ? new ArrayList<>() : covers; }
    }
}
