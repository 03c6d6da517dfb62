package se.sambruk.core;

import java.time.LocalDate;

/** An organisation began to use a service. Steering councils add it as a member organisation. */
public record SubscriptionStarted(long subscriptionId, String serviceCode, long organisationId, LocalDate startsOn) {
}
