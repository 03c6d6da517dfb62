package se.sambruk.core.subscription;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.organisation.Organisation;

/**
 * An organisation's use of a service, from {@code startsOn} until {@code endsOn} (open when
 * null). {@code covers} names the municipalities it serves in that service besides itself.
 */
@Entity
@Table(name = "subscription", schema = "core")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private DigitalService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "subscription_covers", schema = "core",
            joinColumns = @JoinColumn(name = "subscription_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    private Set<Organisation> covers = new LinkedHashSet<>();

    protected Subscription() {
    }

    public Subscription(DigitalService service, Organisation organisation, LocalDate startsOn) {
        this.service = service;
        this.organisation = organisation;
        this.startsOn = startsOn;
    }

    /** Active on the given day: started (or start unknown) and not yet ended. */
    public boolean isActiveOn(LocalDate day) {
        return (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || endsOn.isAfter(day));
    }

    public void end(LocalDate day) {
        if (startsOn != null && day.isBefore(startsOn)) {
            throw new IllegalArgumentException("A subscription cannot end before it starts");
        }
        this.endsOn = day;
    }

    public Long getId() { return id; }
    public DigitalService getService() { return service; }
    public Organisation getOrganisation() { return organisation; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Set<Organisation> getCovers() { return covers; }
}
