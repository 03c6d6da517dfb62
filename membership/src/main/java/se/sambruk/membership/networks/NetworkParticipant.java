package se.sambruk.membership.networks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation taking part in a network, with the person who represents it (when named). */
@Entity
@Table(name = "network_participant", schema = "membership")
public class NetworkParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "network_id")
    private Long networkId;
    private long organisationId;
    private String personName;
    private String email;

    protected NetworkParticipant() {
    }

    NetworkParticipant(Long networkId, long organisationId, String personName, String email) {
        this.networkId = networkId;
        this.organisationId = organisationId;
        this.personName = personName;
        this.email = email;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getPersonName() { return personName; }
    public String getEmail() { return email; }
}
