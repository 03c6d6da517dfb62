package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sambruk.tillarbetslivet.season.PlaceChange;
import se.sambruk.tillarbetslivet.season.PlaceEdits;

/** s10-tal: what the coordinator changes on a place: the shared terms (seats, dates, lowest age), the highest age and what the pupil does. */
class PlaceChangeForm extends PlaceTermsForm {

    @NotNull
    @Min(13)
    @Max(20)
    private Integer maxAge;
    @Size(max = 1000)
    private String description = "";

    PlaceChangeForm() {
        super(null);
    }

    static PlaceChangeForm of(PlaceEdits.Terms terms) {
        PlaceChangeForm form = new PlaceChangeForm();
        form.setSeats(terms.seats());
        form.setStartsOn(terms.startsOn());
        form.setEndsOn(terms.endsOn());
        form.setMinAge(terms.minAge());
        form.maxAge = terms.maxAge();
        form.description = terms.description();
        return form;
    }

    PlaceChange.Change change() {
        return new PlaceChange.Change(getSeats(), getStartsOn(), getEndsOn(), getMinAge(), maxAge);
    }

    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
