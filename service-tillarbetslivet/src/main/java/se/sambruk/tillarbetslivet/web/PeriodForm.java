package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sambruk.tillarbetslivet.placement.PeriodKind;

/** A school's period: prao weeks, praktik or APL, with its first and last day. */
class PeriodForm extends DatedForm {

    @NotNull
    private Long schoolId;
    @NotNull
    private PeriodKind kind = PeriodKind.PRAO;
    @NotBlank
    @Size(max = 120)
    private String name;

    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public PeriodKind getKind() { return kind; }
    public void setKind(PeriodKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
