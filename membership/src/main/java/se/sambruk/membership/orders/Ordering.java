package se.sambruk.membership.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;

/**
 * The rules of ordering a service under the Teckal exemption: only a member may order (the
 * association sells to its members without procurement), one open order per service, and
 * approval starts the subscription in the core.
 */
@Service
public class Ordering {

    private final ServiceOrders orders;
    private final MemberRegister register;
    private final ServiceSubscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock;

    Ordering(ServiceOrders orders, MemberRegister register, ServiceSubscriptions subscriptions, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.register = register;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the organisation may not order the service, as a message key; empty when it may. */
    public Optional<String> refusal(long organisationId, String serviceCode) {
        if (!register.isMember(organisationId, today())) {
            return Optional.of("membership.order.notMember");
        }
        if (subscriptions.services().stream().noneMatch(service -> service.code().equals(serviceCode))) {
            return Optional.of("membership.order.unknownService");
        }
        if (subscriptions.subscribes(organisationId, serviceCode)) {
            return Optional.of("membership.order.subscribes");
        }
        if (orders.existsByOrganisationIdAndServiceCodeAndStatus(organisationId, serviceCode, ServiceOrder.Status.REQUESTED)) {
            return Optional.of("membership.order.open");
        }
        return Optional.empty();
    }

    @Transactional
    public ServiceOrder order(long organisationId, String serviceCode, LocalDate wantedStart, String note, String by) {
        refusal(organisationId, serviceCode).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        ServiceOrder order = orders.save(new ServiceOrder(organisationId, serviceCode, wantedStart, note, by));
        audit.record(AuditAction.REGISTER_CHANGED, "service_order", order.getId(), organisationId, "ordered " + serviceCode);
        return order;
    }

    /** Staff approve: the core starts the subscription (and tells the steering council), the checklist opens. */
    @Transactional
    public void approve(long orderId, LocalDate startsOn, String by) {
        ServiceOrder order = orders.findById(orderId).orElseThrow();
        if (!register.isMember(order.getOrganisationId(), today())) {
            throw new IllegalStateException("membership.order.notMember");
        }
        if (subscriptions.subscribes(order.getOrganisationId(), order.getServiceCode())) {
            throw new IllegalStateException("membership.order.subscribes");
        }
        long subscription = subscriptions.start(order.getServiceCode(), order.getOrganisationId(), startsOn,
                "Avrop " + order.getId() + " (Teckal)");
        order.approve(startsOn, subscription, by);
        audit.record(AuditAction.REGISTER_CHANGED, "service_order", order.getId(), order.getOrganisationId(), "approved");
    }

    @Transactional
    public void reject(long orderId, String reason, String by) {
        ServiceOrder order = orders.findById(orderId).orElseThrow();
        order.reject(reason, by);
        audit.record(AuditAction.REGISTER_CHANGED, "service_order", order.getId(), order.getOrganisationId(), "rejected");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
