package se.sambruk.core.costsharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service's cost for one year, how it is split, and whether staff have approved (locked) it. */
@Entity
@Table(name = "cost_budget", schema = "core")
public class CostBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long serviceId;
    private int year;

    @Enumerated(EnumType.STRING)
    private AllocationKey allocationKey = AllocationKey.POPULATION;
    private int basePercent;
    private Instant approvedAt;
    private String approvedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cost_budget_line", schema = "core", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> lines = new ArrayList<>();

    protected CostBudget() {
    }

    public CostBudget(long serviceId, int year) {
        this.serviceId = serviceId;
        this.year = year;
    }

    public long total() {
        return lines.stream().mapToLong(BudgetLine::amount).sum();
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public void addLine(BudgetLine line) {
        checkOpen();
        lines.add(line);
    }

    public void removeLine(int index) {
        checkOpen();
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public void useKey(AllocationKey key, int basePercent) {
        checkOpen();
        if (basePercent < 0 || basePercent > 100) {
            throw new IllegalArgumentException("cost.basePercent.range");
        }
        this.allocationKey = key;
        this.basePercent = key == AllocationKey.BASE_PLUS_PER_CAPITA ? basePercent : 0;
    }

    void approve(String by, Instant at) {
        checkOpen();
        approvedAt = at;
        approvedBy = by;
    }

    private void checkOpen() {
        if (isApproved()) {
            throw new IllegalStateException("cost.locked");
        }
    }

    public Long getId() { return id; }
    public long getServiceId() { return serviceId; }
    public int getYear() { return year; }
    public AllocationKey getAllocationKey() { return allocationKey; }
    public int getBasePercent() { return basePercent; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public List<BudgetLine> getLines() { return List.copyOf(lines); }
}
