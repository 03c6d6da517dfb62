package se.sambruk.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.subscription.Subscriptions;

/**
 * The gate of every service: a municipal user reaches a service only while the organisation
 * subscribes to it, directly or through a body that acts for it (a kommunalförbund or host
 * municipality). Sambruk's staff do not reach the services' data at all.
 */
@Component
public class ServiceAccess {

    private final Subscriptions subscriptions;
    private final Clock clock;
    private final AuditLog audit;

    ServiceAccess(Subscriptions subscriptions, Clock clock, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Set<String> usableServices(long organisationId) {
        return new TreeSet<>(subscriptions.serviceCodesUsableBy(organisationId, LocalDate.now(clock)));
    }

    public boolean mayUse(long organisationId, String serviceCode) {
        return usableServices(organisationId).contains(serviceCode);
    }

    /** Whether this user may work in the service: not staff, and the organisation subscribes. */
    public boolean mayUse(CurrentUser user, String serviceCode) {
        return !user.isStaff() && mayUse(user.organisationId(), serviceCode);
    }

    public void check(CurrentUser user, String serviceCode) {
        if (!mayUse(user, serviceCode)) {
            audit.record(AuditAction.ACCESS_DENIED, "service", serviceCode, null, "no subscription reaches the organisation");
            throw new AccessDeniedException("Organisation " + user.organisationId() + " does not use " + serviceCode);
        }
    }
}
