package se.sambruk.membership.networks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person registered for an event, and whether the person attended. */
@Entity
@Table(name = "event_registration", schema = "membership")
public class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private long organisationId;
    private String name;
    private String email;
    private boolean attended;
    private Instant registeredAt = Instant.now();

    protected EventRegistration() {
    }

    EventRegistration(Long eventId, long organisationId, String name, String email) {
        this.eventId = eventId;
        this.organisationId = organisationId;
        this.name = name;
        this.email = email;
    }

    void setAttended(boolean attended) {
        this.attended = attended;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public boolean isAttended() { return attended; }
    public Instant getRegisteredAt() { return registeredAt; }
}
