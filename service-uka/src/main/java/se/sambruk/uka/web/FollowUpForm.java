package se.sambruk.uka.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up date with a short note, or a meeting booked with the young person. */
class FollowUpForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate due;
    @Size(max = 500)
    private String note;
    /** Booked as a meeting with the young person: shown on their own page, with the note. */
    private boolean meeting;

    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isMeeting() { return meeting; }
    public void setMeeting(boolean meeting) { this.meeting = meeting; }
}
