package se.sambruk.membership.networks;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A new event as staff enter it; times are Swedish local time. */
public class EventForm {

    @NotBlank @Size(max = 200)
    private String title;
    @NotNull
    private Event.Kind kind;
    private Long network;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;
    @NotNull @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;
    @NotNull @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;
    @Size(max = 300)
    private String location;
    @Size(max = 2000)
    private String description;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Event.Kind getKind() { return kind; }
    public void setKind(Event.Kind kind) { this.kind = kind; }
    public Long getNetwork() { return network; }
    public void setNetwork(Long network) { this.network = network; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
