package se.sambruk.uka.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Ending the open coverage period by hand: the day and the reason (END_REASON code). */
class EndCoverageForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;
    @NotBlank
    private String reason;

    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
