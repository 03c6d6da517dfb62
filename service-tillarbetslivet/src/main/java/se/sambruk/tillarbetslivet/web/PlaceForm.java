package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A place as the coordinator registers it for a workplace. */
class PlaceForm {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "^[A-Za-z0-9-]*$")
    private String code;
    @NotBlank
    @Size(max = 120)
    private String workplace;
    @NotBlank
    @Size(max = 120)
    private String trade;
    @NotBlank
    @Size(max = 200)
    private String address;
    @Size(max = 120)
    private String area = "";
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
    private Integer minAge = 13;
    @NotBlank
    @Size(max = 120)
    private String supervisor;
    @NotBlank
    @Email
    @Size(max = 200)
    private String supervisorEmail;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
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
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getSupervisorEmail() { return supervisorEmail; }
    public void setSupervisorEmail(String supervisorEmail) { this.supervisorEmail = supervisorEmail; }
}
