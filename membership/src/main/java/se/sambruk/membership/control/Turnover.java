package se.sambruk.membership.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year's turnover split by customer: sales to members and to others. Under the Teckal exemption
 * at most 20 % may come from others.
 */
@Entity
@Table(name = "turnover", schema = "membership")
public class Turnover {

    /** The most of the turnover, in percent, that may come from non-members. */
    public static final int LIMIT_PERCENT = 20;

    @Id
    private Integer year;
    private long fromMembersOre;
    private long fromOthersOre;
    private String note;
    @Version
    private long version;

    protected Turnover() {
    }

    public Turnover(int year, long fromMembersOre, long fromOthersOre, String note) {
        this.year = year;
        set(fromMembersOre, fromOthersOre, note);
    }

    void set(long fromMembersOre, long fromOthersOre, String note) {
        this.fromMembersOre = fromMembersOre;
        this.fromOthersOre = fromOthersOre;
        this.note = note;
    }

    public long totalOre() {
        return fromMembersOre + fromOthersOre;
    }

    /** The others' share in tenths of a percent (125 = 12.5 %), rounded up so the limit is never understated. */
    public long othersSharePermille() {
        long total = totalOre();
        return total == 0 ? 0 : (fromOthersOre * 1000 + total - 1) / total;
    }

    public boolean withinLimit() {
        return fromOthersOre * 100 <= totalOre() * LIMIT_PERCENT;
    }

    public String othersShareText() {
        long permille = othersSharePermille();
        return (permille / 10) + "," + (permille % 10) + " %";
    }

    public int getYear() { return year; }
    public long getFromMembersOre() { return fromMembersOre; }
    public long getFromOthersOre() { return fromOthersOre; }
    public String getNote() { return note; }
}
