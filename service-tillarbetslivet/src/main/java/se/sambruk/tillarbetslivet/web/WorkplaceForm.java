package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a workplace registers about itself in the e-service: the municipality (only when it registers
 * on its own), name, organisation number (checked with its check digit by the controller), address,
 * trade, area and a contact e-mail.
 */
class WorkplaceForm {

    private Long municipality;
    @NotBlank
    @Size(max = 120)
    private String name;
    @NotBlank
    @Size(max = 20)
    private String orgNumber;
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 120)
    private String trade;
    @NotBlank
    @Size(max = 120)
    private String area;
    @NotBlank
    @Email
    @Size(max = 200)
    private String email;

    public Long getMunicipality() { return municipality; }
    public void setMunicipality(Long municipality) { this.municipality = municipality; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
