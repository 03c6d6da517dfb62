package se.sambruk.core.organisation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation", schema = "core")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private String name;

    /** Kommunkod, four digits kept as text ("0180"); only for municipalities. */
    private String municipalityCode;

    private String countyCode;
    private String countyName;
    private Integer population;
    private String orgNumber;
    private String website;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "organisation_acts_for", schema = "core",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "represented_id"))
    @OrderBy("name")
    private Set<Organisation> actsFor = new LinkedHashSet<>();

    protected Organisation() {
    }

    public Organisation(OrganisationType type, String name) {
        this.type = type;
        this.name = name;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public String getCountyName() { return countyName; }
    public void setCountyName(String countyName) { this.countyName = countyName; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<Organisation> getActsFor() { return actsFor; }
}
