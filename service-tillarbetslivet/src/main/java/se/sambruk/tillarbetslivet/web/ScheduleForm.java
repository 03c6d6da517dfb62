package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Size;

/** A placement's schedule as text, one day a line ({@code 2027-03-08 08:00–15:00}). */
class ScheduleForm {

    @Size(max = 5000)
    private String schedule = "";

    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
}
