package se.sambruk.membership.orders;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A member's order of a service. */
public class OrderForm {

    @NotBlank @Size(max = 30)
    private String service;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wantedStart;
    @Size(max = 1000)
    private String note;

    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public LocalDate getWantedStart() { return wantedStart; }
    public void setWantedStart(LocalDate wantedStart) { this.wantedStart = wantedStart; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
