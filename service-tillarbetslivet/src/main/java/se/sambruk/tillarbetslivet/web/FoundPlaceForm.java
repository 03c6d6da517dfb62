package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A place the pupil found themselves: the workplace's name, organisation number (checked with its
 * check digit by the controller), address, a contact person with e-mail, and the dates (within the
 * period, checked by the controller).
 */
class FoundPlaceForm extends DatedForm {

    @NotBlank
    @Size(max = 120)
    private String workplace;
    @NotBlank
    @Size(max = 20)
    private String orgNumber;
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 120)
    private String contactName;
    @NotBlank
    @Email
    @Size(max = 200)
    private String contactEmail;

    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
