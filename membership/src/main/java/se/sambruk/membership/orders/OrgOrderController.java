package se.sambruk.membership.orders;

import java.util.Map;
import java.util.stream.Collectors;

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
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** A member's administrator orders services and follows the onboarding; only the organisation's own orders. */
@Controller
class OrgOrderController {

    private final ServiceOrders orders;
    private final Ordering ordering;
    private final ServiceSubscriptions subscriptions;
    private final MemberRegister register;

    OrgOrderController(ServiceOrders orders, Ordering ordering, ServiceSubscriptions subscriptions, MemberRegister register) {
        this.orders = orders;
        this.ordering = ordering;
        this.subscriptions = subscriptions;
        this.register = register;
    }

    @GetMapping("/org/orders")
    String list(Model model) {
        return page(model, new OrderForm());
    }

    @PostMapping("/org/orders")
    String order(@Valid @ModelAttribute("form") OrderForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        if (!errors.hasFieldErrors("service")) {
            ordering.refusal(user.organisationId(), form.getService().strip()).ifPresent(reason -> {
                if (reason.equals("membership.order.notMember")) {
                    errors.reject(reason);
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    errors.rejectValue("service", reason);
                }
            });
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        ServiceOrder order = ordering.order(user.organisationId(), form.getService().strip(), form.getWantedStart(),
                form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip(), user.name());
        redirect.addFlashAttribute("flashKey", "membership.order.sent");
        return "redirect:/org/orders/" + order.getId();
    }

    @GetMapping("/org/orders/{id}")
    String show(@PathVariable String id, Model model) {
        long organisation = CurrentUser.require().organisationId();
        ServiceOrder order = Ids.parse(id).flatMap(orderId -> orders.findByIdAndOrganisationId(orderId, organisation))
                .orElseThrow(NotFound::new);
        model.addAttribute("order", order);
        model.addAttribute("serviceNames", serviceNames());
        return "membership/org-order";
    }

    private String page(Model model, OrderForm form) {
        long organisation = CurrentUser.require().organisationId();
        model.addAttribute("form", form);
        model.addAttribute("orders", orders.findByOrganisationIdOrderByOrderedAtDesc(organisation));
        model.addAttribute("services", subscriptions.services());
        model.addAttribute("serviceNames", serviceNames());
        model.addAttribute("member", register.isMember(organisation, ordering.today()));
        return "membership/org-orders";
    }

    private Map<String, String> serviceNames() {
        return subscriptions.services().stream().collect(Collectors.toMap(ServiceSubscriptions.ServiceRef::code, ServiceSubscriptions.ServiceRef::name));
    }
}
