package se.sambruk.core.api;

import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.subscription.UsageStatistics.ServiceUsage;

/** A service in the catalogue, with how many organisations and municipalities use it today. */
record ServiceDetails(String code, String name, String summary, String description, String benefits,
                      String technicalManager, String operationsProvider, String otherParties, ServiceUsage usage) {

    static ServiceDetails of(DigitalService service, ServiceUsage usage) {
        return new ServiceDetails(service.getCode(), service.getName(), service.getSummary(), service.getDescription(),
                service.getBenefits(), service.getTechnicalManager(), service.getOperationsProvider(),
                service.getOtherParties(), usage == null ? new ServiceUsage(0, 0) : usage);
    }
}
