package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** s10-tal: what the coordinator changes on a place: seats, dates, ages and what the pupil does. */
class PlaceChangeForm {

    @NotNull
    @Min(1)
    @Max(100)
    private Integer seats;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer minAge;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer maxAge;
    @Size(max = 1000)
    private String description = "";

    static PlaceChangeForm of(se.sambruk.tillarbetslivet.season.PlaceEdits.Terms terms) {
        PlaceChangeForm form = new PlaceChangeForm();
        form.seats = terms.seats();
        form.startsOn = terms.startsOn();
        form.endsOn = terms.endsOn();
        form.minAge = terms.minAge();
        form.maxAge = terms.maxAge();
        form.description = terms.description();
        return form;
    }

    se.sambruk.tillarbetslivet.season.PlaceChange.Change change() {
        return new se.sambruk.tillarbetslivet.season.PlaceChange.Change(seats, startsOn, endsOn, minAge, maxAge);
    }

    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
