package se.sambruk.core.councils;

import java.util.ArrayList;
import java.util.List;

/** A new prioritisation round as typed. */
public class PriorityForm {

    private String year;
    private String budget;
    private String method = "POINTS";
    private String points = "100";
    private String opensAt;
    private String closesAt;
    private List<String> proposals = new ArrayList<>();

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public List<String> getProposals() { return proposals; }
    public void setProposals(List<String> proposals) { this.proposals = proposals == null ? new ArrayList<>() : proposals; }
}
