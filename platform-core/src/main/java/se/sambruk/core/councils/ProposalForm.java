package se.sambruk.core.councils;

/** The proposal form as typed: text everywhere, checked by the controller so that bad input becomes field errors. */
public class ProposalForm {

    private String title;
    private String description;
    private String benefit;
    private String cost;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBenefit() { return benefit; }
    public void setBenefit(String benefit) { this.benefit = benefit; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
}
