package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.sambruk.schooldata.SchoolDataConnectionForm;

/** The municipality's stored SS 12000 connection (platform-schooldata's form) and the school years to take from it. */
public class SchoolDataForm extends SchoolDataConnectionForm {

    @NotNull
    @Min(1)
    @Max(13)
    private Integer fromYear = 8;
    @NotNull
    @Min(1)
    @Max(13)
    private Integer toYear = 9;

    public Integer getFromYear() { return fromYear; }
    public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
    public Integer getToYear() { return toYear; }
    public void setToYear(Integer toYear) { this.toYear = toYear; }
}
