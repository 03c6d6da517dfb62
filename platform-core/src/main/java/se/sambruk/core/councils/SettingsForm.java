package se.sambruk.core.councils;

/** A council's settings as typed; an empty threshold means no threshold, an empty chair no chair. */
public class SettingsForm {

    private String supportThreshold;
    private String roundDays;
    private String majority;
    private String quorumPercent;
    private String weighting;
    private String tieBreak;
    private String chair;

    public String getSupportThreshold() { return supportThreshold; }
    public void setSupportThreshold(String supportThreshold) { this.supportThreshold = supportThreshold; }
    public String getRoundDays() { return roundDays; }
    public void setRoundDays(String roundDays) { this.roundDays = roundDays; }
    public String getMajority() { return majority; }
    public void setMajority(String majority) { this.majority = majority; }
    public String getQuorumPercent() { return quorumPercent; }
    public void setQuorumPercent(String quorumPercent) { this.quorumPercent = quorumPercent; }
    public String getWeighting() { return weighting; }
    public void setWeighting(String weighting) { this.weighting = weighting; }
    public String getTieBreak() { return tieBreak; }
    public void setTieBreak(String tieBreak) { this.tieBreak = tieBreak; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
}
