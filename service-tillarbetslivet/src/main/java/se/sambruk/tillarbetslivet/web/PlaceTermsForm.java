package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A place's terms as the coordinator's and the workplace's forms share them: seats (1–100), the dates, the lowest age (13–20). */
abstract class PlaceTermsForm extends DatedForm {

    @NotNull
    @Min(1)
    @Max(100)
    private Integer seats;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer minAge;

    PlaceTermsForm(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
}
