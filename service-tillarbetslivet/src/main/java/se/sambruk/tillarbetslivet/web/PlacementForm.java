package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.NotNull;

/** A pupil's placement: in which of the school's periods, at which place. */
class PlacementForm {

    @NotNull
    private Long periodId;
    @NotNull
    private Long placeId;

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public Long getPlaceId() { return placeId; }
    public void setPlaceId(Long placeId) { this.placeId = placeId; }
}
