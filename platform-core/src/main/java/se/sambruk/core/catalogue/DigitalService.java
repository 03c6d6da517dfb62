package se.sambruk.core.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the services in Sambruk's catalogue (Bibblix, EGIL, ...). */
@Entity
@Table(name = "service", schema = "core")
public class DigitalService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable key, lower case: "bibblix", "egil", ... Also the service module's path. */
    private String code;
    private String name;
    private String summary;
    private String description;
    private String benefits;
    private String technicalManager;
    private String operationsProvider;
    private String otherParties;
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected DigitalService() {
    }

    public DigitalService(String code, String name) {
        this.code = code;
        this.name = name;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBenefits() { return benefits; }
    public void setBenefits(String benefits) { this.benefits = benefits; }
    public String getTechnicalManager() { return technicalManager; }
    public void setTechnicalManager(String technicalManager) { this.technicalManager = technicalManager; }
    public String getOperationsProvider() { return operationsProvider; }
    public void setOperationsProvider(String operationsProvider) { this.operationsProvider = operationsProvider; }
    public String getOtherParties() { return otherParties; }
    public void setOtherParties(String otherParties) { this.otherParties = otherParties; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
