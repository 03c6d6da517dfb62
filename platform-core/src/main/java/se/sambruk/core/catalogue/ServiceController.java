package se.sambruk.core.catalogue;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.subscription.Subscription;
import se.sambruk.core.subscription.Subscriptions;
import se.sambruk.core.subscription.UsageStatistics;
import se.sambruk.core.web.NotFoundException;

/** The services catalogue: what each service is, who manages and runs it, and who uses it. */
@Controller
class ServiceController {

    private final ServiceCatalogue catalogue;
    private final Subscriptions subscriptions;
    private final UsageStatistics usage;
    private final ServiceAccess access;

    ServiceController(ServiceCatalogue catalogue, Subscriptions subscriptions, UsageStatistics usage, ServiceAccess access) {
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.access = access;
    }

    @GetMapping("/services")
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("services", catalogue.findAllByOrderByName());
        model.addAttribute("usage", usage.perService());
        return "services/list";
    }

    @GetMapping("/services/{code}")
    @Transactional(readOnly = true)
    String show(@PathVariable String code, Model model) {
        DigitalService service = find(code);
        List<Subscription> users = subscriptions.findByServiceCode(service.getCode());
        model.addAttribute("service", service);
        model.addAttribute("subscriptions", users);
        model.addAttribute("usage", usage.perService().get(service.getCode()));
        model.addAttribute("mayUse", CurrentUser.get().map(user -> access.mayUse(user, service.getCode())).orElse(false));
        return "services/show";
    }

    /**
     * The signed-in user's own page of a service: how the organisation takes part (its
     * subscription, or the body that subscribes for it). Only for users of a subscribing
     * organisation, through the same gate as the service modules.
     */
    @GetMapping("/services/{code}/workspace")
    @Transactional(readOnly = true)
    String workspace(@PathVariable String code, Model model) {
        DigitalService service = find(code);
        CurrentUser user = CurrentUser.require();
        access.check(user, service.getCode());
        List<Subscription> own = subscriptions.findByOrganisation(user.organisationId()).stream()
                .filter(subscription -> subscription.getService().getCode().equals(service.getCode()))
                .toList();
        List<Subscription> through = subscriptions.findCovering(user.organisationId()).stream()
                .filter(subscription -> subscription.getService().getCode().equals(service.getCode()))
                .toList();
        model.addAttribute("service", service);
        model.addAttribute("own", own);
        model.addAttribute("through", through);
        return "services/workspace";
    }

    private DigitalService find(String code) {
        if (code == null || code.length() > 30) {
            throw new NotFoundException();
        }
        return catalogue.findByCode(code.toLowerCase(java.util.Locale.ROOT)).orElseThrow(NotFoundException::new);
    }

}
