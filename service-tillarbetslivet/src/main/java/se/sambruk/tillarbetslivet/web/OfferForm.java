package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A place a workplace offers: what, where, how many, when, for which ages, with which supervisor. */
class OfferForm {

    @NotBlank
    @Size(max = 120)
    private String trade;
    @Size(max = 1000)
    private String description = "";
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 120)
    private String area;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer seats;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer minAge = 14;
    @NotNull
    @Min(13)
    @Max(20)
    private Integer maxAge = 20;
    @NotBlank
    @Size(max = 120)
    private String supervisor;
    @NotBlank
    @Email
    @Size(max = 200)
    private String supervisorEmail;

    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getSupervisorEmail() { return supervisorEmail; }
    public void setSupervisorEmail(String supervisorEmail) { this.supervisorEmail = supervisorEmail; }
}
