package se.sambruk.core.subscription;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.core.SubscriptionStarted;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;

/** Subscriptions for other modules: the same start as staff's on the service page, event and audit included. */
@Component
class SubscriptionRegister implements ServiceSubscriptions {

    private final Subscriptions subscriptions;
    private final ServiceCatalogue catalogue;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    SubscriptionRegister(Subscriptions subscriptions, ServiceCatalogue catalogue, Organisations organisations, AuditLog audit,
                         ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceRef> services() {
        return catalogue.findAllByOrderByName().stream().map(service -> new ServiceRef(service.getCode(), service.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> usageOn(LocalDate day) {
        Map<Long, Set<String>> usage = new HashMap<>();
        jdbc.query("""
                select s.organisation_id, sv.code from core.subscription s join core.service sv on sv.id = s.service_id
                 where (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
                union
                select c.organisation_id, sv.code from core.subscription s join core.service sv on sv.id = s.service_id
                  join core.subscription_covers c on c.subscription_id = s.id
                 where (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
                """, row -> {
            usage.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
        }, day, day, day, day);
        return usage;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> servedBy(long organisationId, String serviceCode, LocalDate day) {
        Set<Long> served = new TreeSet<>();
        jdbc.query("""
                select s.organisation_id, c.organisation_id from core.subscription s
                  join core.service sv on sv.id = s.service_id
                  left join core.subscription_covers c on c.subscription_id = s.id
                 where s.organisation_id = ? and sv.code = ?
                   and (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
                """, row -> {
            served.add(row.getLong(1));
            long covered = row.getLong(2);
            if (!row.wasNull()) {
                served.add(covered);
            }
        }, organisationId, serviceCode, day, day);
        return served;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean subscribes(long organisationId, String serviceCode) {
        return subscriptions.findByOrganisation(organisationId).stream()
                .anyMatch(subscription -> subscription.getService().getCode().equals(serviceCode) && subscription.getEndsOn() == null);
    }

    @Override
    @Transactional
    public long start(String serviceCode, long organisationId, LocalDate startsOn, String note) {
        DigitalService service = catalogue.lookup(serviceCode).orElseThrow(() -> new IllegalArgumentException("Unknown service " + serviceCode));
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
        if (subscribes(organisationId, service.getCode())) {
            throw new IllegalStateException("Organisation " + organisationId + " already subscribes to " + service.getCode());
        }
        Subscription subscription = new Subscription(service, organisation, startsOn);
        subscription.setNote(note);
        subscriptions.save(subscription);
        events.publishEvent(new SubscriptionStarted(subscription.getId(), service.getCode(), organisation.getId(), startsOn));
        audit.record(AuditAction.REGISTER_CHANGED, "subscription", subscription.getId(), organisation.getId(), "started " + service.getCode());
        return subscription.getId();
    }
}
