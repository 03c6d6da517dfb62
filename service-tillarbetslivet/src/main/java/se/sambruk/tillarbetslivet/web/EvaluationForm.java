package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sambruk.tillarbetslivet.placement.Punctuality;

/** The workplace's short evaluation: punctuality, interest 1–5 and a comment for the certificate. */
class EvaluationForm {

    @NotNull
    private Punctuality punctuality;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer interest;
    @Size(max = 2000)
    private String comment = "";

    public Punctuality getPunctuality() { return punctuality; }
    public void setPunctuality(Punctuality punctuality) { this.punctuality = punctuality; }
    public Integer getInterest() { return interest; }
    public void setInterest(Integer interest) { this.interest = interest; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
