package se.sambruk.core.councils;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.TieBreak;
import se.sambruk.core.councils.VoteCounting.Weighting;

/**
 * A council's own settings: the support that sends a proposal to a vote by itself, the rule and
 * length of the round it then opens, and its chair. A council without a row has the defaults.
 */
@Entity
@Table(name = "council_settings", schema = "core")
public class CouncilSettings {

    @Id
    private Long serviceId;
    private Integer supportThreshold;
    private int roundDays = 14;
    @Enumerated(EnumType.STRING)
    private Majority majority = Majority.SIMPLE;
    private int quorumPercent = 50;
    @Enumerated(EnumType.STRING)
    private Weighting weighting = Weighting.ONE_PER_ORGANISATION;
    @Enumerated(EnumType.STRING)
    private TieBreak tieBreak = TieBreak.STATUS_QUO;
    private Long chairUserId;

    @Version
    private long version;

    protected CouncilSettings() {
    }

    CouncilSettings(long serviceId) {
        this.serviceId = serviceId;
    }

    void change(Integer supportThreshold, int roundDays, Rule rule, Long chairUserId) {
        if (supportThreshold != null && supportThreshold < 1 || roundDays < 1 || roundDays > 90) {
            throw new IllegalArgumentException("council.settings.invalid");
        }
        this.supportThreshold = supportThreshold;
        this.roundDays = roundDays;
        this.majority = rule.majority();
        this.quorumPercent = rule.quorumPercent();
        this.weighting = rule.weighting();
        this.tieBreak = rule.tieBreak();
        this.chairUserId = chairUserId;
    }

    public Rule rule() {
        return new Rule(majority, quorumPercent, weighting, tieBreak);
    }

    boolean thresholdReached(int supports) {
        return supportThreshold != null && supports >= supportThreshold;
    }

    public Long getServiceId() { return serviceId; }
    public Integer getSupportThreshold() { return supportThreshold; }
    public int getRoundDays() { return roundDays; }
    public Majority getMajority() { return majority; }
    public int getQuorumPercent() { return quorumPercent; }
    public Weighting getWeighting() { return weighting; }
    public TieBreak getTieBreak() { return tieBreak; }
    public Long getChairUserId() { return chairUserId; }
}
