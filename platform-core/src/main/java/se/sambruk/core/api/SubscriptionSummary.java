package se.sambruk.core.api;

import java.time.LocalDate;
import java.util.List;

import se.sambruk.core.subscription.Subscription;

/** An organisation's use of a service and the municipalities it covers besides itself. */
record SubscriptionSummary(long id, String serviceCode, long organisationId, String organisationName,
                           LocalDate startsOn, LocalDate endsOn, List<OrganisationRef> covers) {

    /** Expects service, organisation and covers fetched (the repositories' entity graphs). */
    static SubscriptionSummary of(Subscription subscription) {
        return new SubscriptionSummary(subscription.getId(), subscription.getService().getCode(),
                subscription.getOrganisation().getId(), subscription.getOrganisation().getName(),
                subscription.getStartsOn(), subscription.getEndsOn(),
                subscription.getCovers().stream().map(OrganisationRef::of).toList());
    }
}
