package se.sambruk.core.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.subscription.Subscription;
import se.sambruk.core.subscription.Subscriptions;

@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "Vilka organisationer som använder vilka tjänster, och för vilka kommuner")
class SubscriptionApi {

    private final Subscriptions subscriptions;
    private final ServiceCatalogue catalogue;

    SubscriptionApi(Subscriptions subscriptions, ServiceCatalogue catalogue) {
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(operationId = "listSubscriptions", summary = "Subscriptions, optionally of one service and/or held by one organisation")
    List<SubscriptionSummary> list(
            @Parameter(description = "Service code, such as egil") @RequestParam(required = false) @Size(max = 30) String service,
            @Parameter(description = "Id of the subscribing organisation") @RequestParam(required = false) Long organisation) {
        List<Subscription> found;
        if (service != null) {
            String code = catalogue.lookup(service)
                    .orElseThrow(() -> new BadParameterException("service", "unknown service code"))
                    .getCode();
            found = subscriptions.findByServiceCode(code);
        } else if (organisation != null) {
            found = subscriptions.findByOrganisation(organisation);
        } else {
            found = subscriptions.findAllWithDetails();
        }
        return found.stream()
                .filter(subscription -> organisation == null || subscription.getOrganisation().getId().equals(organisation))
                .map(SubscriptionSummary::of)
                .toList();
    }
}
