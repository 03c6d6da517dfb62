package se.sambruk.membership.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A competence network (digital signing, student registers, Digidel, IoT, ...) and who takes part. */
@Entity
@Table(name = "network", schema = "membership")
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    private Instant createdAt = Instant.now();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "network_id", insertable = false, updatable = false)
    private List<NetworkParticipant> participants = new ArrayList<>();

    protected Network() {
    }

    public Network(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Adds a participating organisation (and person); false when that person or organisation takes part already. */
    public boolean join(long organisationId, String personName, String email) {
        boolean already = participants.stream().anyMatch(participant -> participant.getOrganisationId() == organisationId
                && java.util.Objects.equals(participant.getEmail(), email));
        if (!already) {
            participants.add(new NetworkParticipant(id, organisationId, personName, email));
        }
        return !already;
    }

    public long organisationCount() {
        return participants.stream().map(NetworkParticipant::getOrganisationId).distinct().count();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public List<NetworkParticipant> getParticipants() { return participants; }
}
