package se.sambruk.core.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.subscription.UsageStatistics;
import se.sambruk.core.subscription.UsageStatistics.ServiceUsage;
import se.sambruk.core.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services", description = "Sambruks tjänstekatalog och hur många som använder varje tjänst")
class ServiceApi {

    private final ServiceCatalogue catalogue;
    private final UsageStatistics usage;

    ServiceApi(ServiceCatalogue catalogue, UsageStatistics usage) {
        this.catalogue = catalogue;
        this.usage = usage;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(operationId = "listServices", summary = "Every service in the catalogue, by name")
    List<ServiceDetails> list() {
        Map<String, ServiceUsage> usageByCode = usage.perService();
        return catalogue.findAllByOrderByName().stream()
                .map(service -> ServiceDetails.of(service, usageByCode.get(service.getCode())))
                .toList();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(operationId = "getService", summary = "One service by its code, such as egil")
    ServiceDetails show(@PathVariable String code) {
        return catalogue.lookup(code)
                .map(service -> ServiceDetails.of(service, usage.perService().get(service.getCode())))
                .orElseThrow(NotFoundException::new);
    }
}
