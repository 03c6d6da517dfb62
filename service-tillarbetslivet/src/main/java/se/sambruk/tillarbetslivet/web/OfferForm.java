package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place a workplace offers: the shared place fields, what the pupil does, the area (required) and the highest age. */
class OfferForm extends PlaceFieldsForm {

    @Size(max = 1000)
    private String description = "";
    @NotBlank
    @Size(max = 120)
    private String area;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer maxAge = 20;

    OfferForm() {
        super(14);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
}
