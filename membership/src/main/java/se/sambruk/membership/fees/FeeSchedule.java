package se.sambruk.membership.fees;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A year's fee schedule: the bands, and what the year's budget expects in member fees. */
@Entity
@Table(name = "fee_schedule", schema = "membership")
public class FeeSchedule {

    @Id
    private Integer year;
    private long budgetOre;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "year", referencedColumnName = "year", insertable = false, updatable = false)
    @OrderBy("position")
    private List<FeeBand> bands = new ArrayList<>();

    @Version
    private long version;

    protected FeeSchedule() {
    }

    FeeSchedule(int year, long budgetOre) {
        this.year = year;
        this.budgetOre = budgetOre;
    }

    /** Next year's schedule as a copy of this one, for staff to change. */
    FeeSchedule copyFor(int otherYear) {
        FeeSchedule copy = new FeeSchedule(otherYear, budgetOre);
        bands.forEach(band -> copy.bands.add(band.copyFor(otherYear)));
        return copy;
    }

    List<FeeRules.Band> rules() {
        return bands.stream().map(FeeBand::rule).toList();
    }

    void setBudgetOre(long budgetOre) {
        this.budgetOre = budgetOre;
    }

    public int getYear() { return year; }
    public long getBudgetOre() { return budgetOre; }
    public List<FeeBand> getBands() { return bands; }
}
