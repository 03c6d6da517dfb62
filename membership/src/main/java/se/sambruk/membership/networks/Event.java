package se.sambruk.membership.networks;

import java.time.Instant;
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

/** A webinar, seminar or conference, perhaps of a network, with its registrations and attendance. */
@Entity
@Table(name = "event", schema = "membership")
public class Event {

    public enum Kind { WEBINAR, SEMINAR, CONFERENCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long networkId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    private String location;
    private Instant createdAt = Instant.now();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "event_id", insertable = false, updatable = false)
    @OrderBy("name")
    private List<EventRegistration> registrations = new ArrayList<>();

    protected Event() {
    }

    public Event(Long networkId, Kind kind, String title, String description, Instant startsAt, Instant endsAt, String location) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An event ends after it starts");
        }
        this.networkId = networkId;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
    }

    /** Registers a person of an organisation; false when the address is registered already. */
    public boolean register(long organisationId, String name, String email) {
        if (registrations.stream().anyMatch(registration -> registration.getEmail().equalsIgnoreCase(email))) {
            return false;
        }
        registrations.add(new EventRegistration(id, organisationId, name, email));
        return true;
    }

    public long attendedCount() {
        return registrations.stream().filter(EventRegistration::isAttended).count();
    }

    public Long getId() { return id; }
    public Long getNetworkId() { return networkId; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getLocation() { return location; }
    public Instant getCreatedAt() { return createdAt; }
    public List<EventRegistration> getRegistrations() { return registrations; }
}
