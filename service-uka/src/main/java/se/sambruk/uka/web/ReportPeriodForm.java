package se.sambruk.uka.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new SCB period: the year and which half of it (1: January-June, 2: July-December). */
class ReportPeriodForm {

    @NotNull
    @Min(2015)
    @Max(2100)
    private Integer year;
    @NotNull
    @Min(1)
    @Max(2)
    private Integer half;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getHalf() { return half; }
    public void setHalf(Integer half) { this.half = half; }
}
