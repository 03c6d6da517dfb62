package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A place as the coordinator registers it for a workplace: its code, the workplace, an optional area and the shared place fields. */
class PlaceForm extends PlaceFieldsForm {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "^[A-Za-z0-9-]*$")
    private String code;
    @NotBlank
    @Size(max = 120)
    private String workplace;
    @Size(max = 120)
    private String area = "";

    PlaceForm() {
        super(13);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
}
