package se.sambruk.membership.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of an order's onboarding checklist. */
@Entity
@Table(name = "onboarding_step", schema = "membership")
public class OnboardingStep {

    /** What onboarding to a service takes. Message key {@code membership.step.NAME}. */
    public enum Kind {
        SERVICE_AGREEMENT,
        DATA_PROCESSING_AGREEMENT,
        CONTACT_PEOPLE,
        TECHNICAL_SETUP,
        COUNCIL_DELEGATE,
        INTRODUCTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private Long orderId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind step;
    private Instant doneAt;
    private String doneBy;

    protected OnboardingStep() {
    }

    OnboardingStep(long orderId, Kind step) {
        this.orderId = orderId;
        this.position = step.ordinal() + 1;
        this.step = step;
    }

    void mark(boolean done, String by) {
        if (done && doneAt == null) {
            doneAt = Instant.now();
            doneBy = by;
        } else if (!done) {
            doneAt = null;
            doneBy = null;
        }
    }

    public boolean isDone() { return doneAt != null; }
    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Kind getStep() { return step; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
}
