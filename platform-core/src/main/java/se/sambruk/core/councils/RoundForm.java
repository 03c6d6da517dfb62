package se.sambruk.core.councils;

/** The form that opens a voting round, as typed (times as {@code datetime-local}, Stockholm time). */
public class RoundForm {

    private String opensAt;
    private String closesAt;
    private String majority = "SIMPLE";
    private String quorumPercent = "50";
    private String weighting = "ONE_PER_ORGANISATION";
    private String tieBreak = "STATUS_QUO";

    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public String getMajority() { return majority; }
    public void setMajority(String majority) { this.majority = majority; }
    public String getQuorumPercent() { return quorumPercent; }
    public void setQuorumPercent(String quorumPercent) { this.quorumPercent = quorumPercent; }
    public String getWeighting() { return weighting; }
    public void setWeighting(String weighting) { this.weighting = weighting; }
    public String getTieBreak() { return tieBreak; }
    public void setTieBreak(String tieBreak) { this.tieBreak = tieBreak; }
}
