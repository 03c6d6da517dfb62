package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields a place and a workplace's offer of one share (the coordinator's {@link PlaceForm} and
 * the workplace's {@link OfferForm}): trade, address, seats, dates, lowest age, supervisor with e-mail.
 */
abstract class PlaceFieldsForm extends PlaceTermsForm {

    @NotBlank
    @Size(max = 120)
    private String trade;
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 120)
    private String supervisor;
    @NotBlank
    @Email
    @Size(max = 200)
    private String supervisorEmail;

    PlaceFieldsForm(Integer minAge) {
        super(minAge);
    }

    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getSupervisorEmail() { return supervisorEmail; }
    public void setSupervisorEmail(String supervisorEmail) { this.supervisorEmail = supervisorEmail; }
}
