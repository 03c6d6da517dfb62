package se.sambruk.membership.ideas;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's interest in a project idea and the share of the funding it would take. */
@Entity
@Table(name = "idea_interest", schema = "membership")
public class IdeaInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "idea_id")
    private Long ideaId;
    private long organisationId;
    private int fundingPercent;
    private String note;
    private Instant registeredAt = Instant.now();

    protected IdeaInterest() {
    }

    IdeaInterest(Long ideaId, long organisationId, int fundingPercent, String note) {
        this.ideaId = ideaId;
        this.organisationId = organisationId;
        change(fundingPercent, note);
    }

    void change(int fundingPercent, String note) {
        this.fundingPercent = fundingPercent;
        this.note = note;
        this.registeredAt = Instant.now();
    }

    public long getOrganisationId() { return organisationId; }
    public int getFundingPercent() { return fundingPercent; }
    public String getNote() { return note; }
}
