package se.sambruk.membership.ideas;

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
import jakarta.persistence.Table;

/**
 * A member's idea for a new joint project: staff assess it against the plan's criteria and publish an
 * inquiry; members state their interest and the share of the funding they would take.
 */
@Entity
@Table(name = "project_idea", schema = "membership")
public class ProjectIdea {

    public enum Status { PROPOSED, INQUIRY, SELECTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    private long proposedBy;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PROPOSED;
    private Boolean innovative;
    private Boolean noMarketActor;
    private Boolean broadBenefit;
    private LocalDate inquiryPublishedOn;
    private Instant createdAt = Instant.now();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "idea_id", insertable = false, updatable = false)
    private List<IdeaInterest> interests = new ArrayList<>();

    protected ProjectIdea() {
    }

    public ProjectIdea(String title, String description, long proposedBy) {
        this.title = title;
        this.description = description;
        this.proposedBy = proposedBy;
    }

    /** Records the assessment against the plan's criteria, and the idea's status. */
    public void assess(boolean innovative, boolean noMarketActor, boolean broadBenefit, Status status, LocalDate today) {
        this.innovative = innovative;
        this.noMarketActor = noMarketActor;
        this.broadBenefit = broadBenefit;
        if (status == Status.INQUIRY && inquiryPublishedOn == null) {
            inquiryPublishedOn = today;
        }
        this.status = status;
    }

    /** All three criteria of the plan are met. */
    public boolean meetsCriteria() {
        return Boolean.TRUE.equals(innovative) && Boolean.TRUE.equals(noMarketActor) && Boolean.TRUE.equals(broadBenefit);
    }

    /** A member states (or changes) its interest and funding share. */
    public void interest(long organisationId, int fundingPercent, String note) {
        interests.stream().filter(interest -> interest.getOrganisationId() == organisationId).findFirst()
                .ifPresentOrElse(existing -> existing.change(fundingPercent, note),
                        () -> interests.add(new IdeaInterest(id, organisationId, fundingPercent, note)));
    }

    public int fundingPercentTotal() {
        return interests.stream().mapToInt(IdeaInterest::getFundingPercent).sum();
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public long getProposedBy() { return proposedBy; }
    public Status getStatus() { return status; }
    public Boolean getInnovative() { return innovative; }
    public Boolean getNoMarketActor() { return noMarketActor; }
    public Boolean getBroadBenefit() { return broadBenefit; }
    public LocalDate getInquiryPublishedOn() { return inquiryPublishedOn; }
    public List<IdeaInterest> getInterests() { return interests; }
}
