package se.sambruk.uka.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The goal of the individual plan. */
class PlanForm {

    @NotBlank
    @Size(max = 2000)
    private String goal;

    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
}
