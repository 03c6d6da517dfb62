package se.sambruk.membership.fees;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a fee schedule: municipalities of a population range, or other organisations. */
@Entity
@Table(name = "fee_band", schema = "membership")
public class FeeBand {

    public enum Category { MUNICIPALITY, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    private int position;
    @Enumerated(EnumType.STRING)
    private Category category;
    /** Inclusive; null for other organisations. */
    private Integer minPopulation;
    /** Exclusive; null when open upwards. */
    private Integer maxPopulation;
    private long depositOre;
    private long annualFeeOre;

    protected FeeBand() {
    }

    FeeBand(int year, int position, Category category, Integer minPopulation, Integer maxPopulation, long depositOre, long annualFeeOre) {
        this.year = year;
        this.position = position;
        this.category = category;
        this.minPopulation = minPopulation;
        this.maxPopulation = maxPopulation;
        this.depositOre = depositOre;
        this.annualFeeOre = annualFeeOre;
    }

    FeeBand copyFor(int otherYear) {
        return new FeeBand(otherYear, position, category, minPopulation, maxPopulation, depositOre, annualFeeOre);
    }

    FeeRules.Band rule() {
        return new FeeRules.Band(position, category, minPopulation, maxPopulation, depositOre, annualFeeOre);
    }

    void setAmounts(long depositOre, long annualFeeOre) {
        this.depositOre = depositOre;
        this.annualFeeOre = annualFeeOre;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public int getPosition() { return position; }
    public Category getCategory() { return category; }
    public Integer getMinPopulation() { return minPopulation; }
    public Integer getMaxPopulation() { return maxPopulation; }
    public long getDepositOre() { return depositOre; }
    public long getAnnualFeeOre() { return annualFeeOre; }
}
