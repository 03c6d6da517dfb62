package se.sambruk.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
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

    /**
     * The services the organisation may use today. Read once per web request and kept in the
     * request: a page asks it several times (the service's gate, the service's own check, the
     * navigation), and each reading was a query in a transaction of its own (bench/README.md,
     * Multifråga, s9-mf-a). Outside a request it is read each time.
     */
    public Set<String> usableServices(long organisationId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = ServiceAccess.class.getName() + ".usable." + organisationId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> kept) {
            return new TreeSet<>(kept.stream().map(String.class::cast).toList());
        }
        Set<String> usable = new TreeSet<>(subscriptions.serviceCodesUsableBy(organisationId, LocalDate.now(clock)));
        if (request != null) {
            request.setAttribute(key, Set.copyOf(usable), RequestAttributes.SCOPE_REQUEST);
        }
        return usable;
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
