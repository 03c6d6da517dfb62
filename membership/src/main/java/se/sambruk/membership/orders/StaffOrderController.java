package se.sambruk.membership.orders;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** Staff: the queue of service orders, approval (which starts the subscription) and the onboarding checklists. */
@Controller
class StaffOrderController {

    private final ServiceOrders orders;
    private final Ordering ordering;
    private final ServiceSubscriptions subscriptions;
    private final MemberRegister register;
    private final AuditLog audit;

    StaffOrderController(ServiceOrders orders, Ordering ordering, ServiceSubscriptions subscriptions, MemberRegister register, AuditLog audit) {
        this.orders = orders;
        this.ordering = ordering;
        this.subscriptions = subscriptions;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/admin/membership/orders")
    @Transactional(readOnly = true)
    String list(Model model) {
        var all = orders.findAllByOrderByOrderedAtDesc();
        model.addAttribute("requested", all.stream().filter(order -> order.getStatus() == ServiceOrder.Status.REQUESTED).toList());
        model.addAttribute("onboarding", all.stream().filter(order -> order.getStatus() == ServiceOrder.Status.APPROVED).toList());
        model.addAttribute("rejected", all.stream().filter(order -> order.getStatus() == ServiceOrder.Status.REJECTED).toList());
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("serviceNames", serviceNames());
        return "membership/orders";
    }

    @GetMapping("/admin/membership/orders/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        ServiceOrder order = find(id);
        model.addAttribute("order", order);
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("serviceNames", serviceNames());
        model.addAttribute("today", ordering.today());
        model.addAttribute("refusal", order.getStatus() == ServiceOrder.Status.REQUESTED
                && !register.isMember(order.getOrganisationId(), ordering.today()) ? "membership.order.notMember" : null);
        return "membership/order";
    }

    @PostMapping("/admin/membership/orders/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                   RedirectAttributes redirect) {
        ServiceOrder order = find(id);
        if (startsOn == null) {
            redirect.addFlashAttribute("flashKey", "membership.order.startsOn.required");
        } else {
            try {
                ordering.approve(order.getId(), startsOn, CurrentUser.require().name());
                redirect.addFlashAttribute("flashKey", "membership.order.approved");
            } catch (IllegalStateException refused) {
                redirect.addFlashAttribute("flashKey", refused.getMessage().startsWith("membership.") ? refused.getMessage() : "membership.order.decided");
            }
        }
        return "redirect:/admin/membership/orders/" + order.getId();
    }

    @PostMapping("/admin/membership/orders/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        ServiceOrder order = find(id);
        try {
            String text = reason == null || reason.isBlank() ? null : reason.strip();
            ordering.reject(order.getId(), text == null ? null : text.substring(0, Math.min(text.length(), 1000)), CurrentUser.require().name());
            redirect.addFlashAttribute("flashKey", "membership.order.rejected");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("flashKey", "membership.order.decided");
        }
        return "redirect:/admin/membership/orders/" + order.getId();
    }

    @PostMapping("/admin/membership/orders/{id}/steps")
    @Transactional
    String step(@PathVariable String id, @RequestParam(required = false) String step, @RequestParam(required = false) String done,
                RedirectAttributes redirect) {
        ServiceOrder order = find(id);
        var kind = Ids.parseEnum(OnboardingStep.Kind.class, step);
        var found = kind.flatMap(chosen -> order.getSteps().stream().filter(candidate -> candidate.getStep() == chosen).findFirst());
        if (found.isEmpty()) {
            redirect.addFlashAttribute("flashKey", "membership.order.step.unknown");
        } else {
            found.get().mark("true".equals(done), CurrentUser.require().name());
            audit.record(AuditAction.REGISTER_CHANGED, "service_order", order.getId(), order.getOrganisationId(),
                    "onboarding " + found.get().getStep() + (found.get().isDone() ? " done" : " reopened"));
            redirect.addFlashAttribute("flashKey", order.isOnboarded() ? "membership.order.onboarded" : "admin.saved");
        }
        return "redirect:/admin/membership/orders/" + order.getId();
    }

    private ServiceOrder find(String id) {
        return Ids.parse(id).flatMap(orders::findById).orElseThrow(NotFound::new);
    }

    private Map<Long, String> organisationNames() {
        return register.organisations().stream().collect(Collectors.toMap(MemberRegister.OrganisationRef::id, MemberRegister.OrganisationRef::name));
    }

    private Map<String, String> serviceNames() {
        return subscriptions.services().stream().collect(Collectors.toMap(ServiceSubscriptions.ServiceRef::code, ServiceSubscriptions.ServiceRef::name));
    }
}
