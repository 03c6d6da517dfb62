package se.sambruk.uka.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up date with a short note. */
class FollowUpForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate due;
    @Size(max = 500)
    private String note;

    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
