package se.sambruk.membership.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member's order (avrop) of a service under the Teckal exemption: requested by the member,
 * approved by staff, then onboarded step by step.
 */
@Entity
@Table(name = "service_order", schema = "membership")
public class ServiceOrder {

    public enum Status { REQUESTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private String serviceCode;
    @Enumerated(EnumType.STRING)
    private Status status = Status.REQUESTED;
    private LocalDate wantedStart;
    private String note;
    private String orderedBy;
    private Instant orderedAt = Instant.now();
    private LocalDate startsOn;
    private Long subscriptionId;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    @OrderBy("position")
    private List<OnboardingStep> steps = new ArrayList<>();

    protected ServiceOrder() {
    }

    ServiceOrder(long organisationId, String serviceCode, LocalDate wantedStart, String note, String orderedBy) {
        this.organisationId = organisationId;
        this.serviceCode = serviceCode;
        this.wantedStart = wantedStart;
        this.note = note;
        this.orderedBy = orderedBy;
    }

    /** Approved: the subscription has started, and the checklist opens. */
    void approve(LocalDate startsOn, long subscriptionId, String by) {
        requireRequested();
        this.status = Status.APPROVED;
        this.startsOn = startsOn;
        this.subscriptionId = subscriptionId;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        for (OnboardingStep.Kind kind : OnboardingStep.Kind.values()) {
            steps.add(new OnboardingStep(id, kind));
        }
    }

    void reject(String reason, String by) {
        requireRequested();
        this.status = Status.REJECTED;
        this.note = reason == null ? note : reason;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    private void requireRequested() {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("membership.order.decided");
        }
    }

    public long doneCount() {
        return steps.stream().filter(OnboardingStep::isDone).count();
    }

    public boolean isOnboarded() {
        return status == Status.APPROVED && !steps.isEmpty() && doneCount() == steps.size();
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getServiceCode() { return serviceCode; }
    public Status getStatus() { return status; }
    public LocalDate getWantedStart() { return wantedStart; }
    public String getNote() { return note; }
    public String getOrderedBy() { return orderedBy; }
    public Instant getOrderedAt() { return orderedAt; }
    public LocalDate getStartsOn() { return startsOn; }
    public Long getSubscriptionId() { return subscriptionId; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public List<OnboardingStep> getSteps() { return steps; }
}
