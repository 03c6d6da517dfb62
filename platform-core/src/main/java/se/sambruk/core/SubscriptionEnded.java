package se.sambruk.core;

import java.time.LocalDate;

/** An organisation stops using a service on {@code endsOn}. Steering councils remove it then. */
public record SubscriptionEnded(long subscriptionId, String serviceCode, long organisationId, LocalDate endsOn) {
}
