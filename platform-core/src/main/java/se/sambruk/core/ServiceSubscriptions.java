package se.sambruk.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services catalogue and the subscriptions to it, for modules that order services on an
 * organisation's behalf (the membership administration). Starting a subscription here is the
 * same as staff starting it on the service page: it is audited and {@link SubscriptionStarted}
 * is published in the same transaction, so the steering council and the other modules follow.
 */
public interface ServiceSubscriptions {

    record ServiceRef(String code, String name) {
    }

    /** The catalogue, by name. */
    List<ServiceRef> services();

    /** Per organisation, the codes of the services it may use on that day, directly or through a body acting for it. */
    Map<Long, Set<String>> usageOn(LocalDate day);

    /**
     * The organisations an organisation serves in a service on that day: itself when it has its
     * own subscription, and every organisation its subscriptions cover (a host municipality's
     * office serving its neighbours). Empty when it does not subscribe itself.
     */
    Set<Long> servedBy(long organisationId, String serviceCode, LocalDate day);

    /** Whether the organisation has its own subscription to the service that has not ended. */
    boolean subscribes(long organisationId, String serviceCode);

    /**
     * Starts the organisation's own subscription to the service on {@code startsOn}.
     *
     * @return the subscription's id
     * @throws IllegalArgumentException for an unknown service or organisation
     * @throws IllegalStateException when the organisation already has an open subscription to it
     */
    long start(String serviceCode, long organisationId, LocalDate startsOn, String note);
}
