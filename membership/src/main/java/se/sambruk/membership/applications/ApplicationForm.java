package se.sambruk.membership.applications;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organisation fills in to apply for membership. */
public class ApplicationForm {

    @NotBlank @Size(max = 200)
    private String organisationName;
    @Pattern(regexp = "^$|\\d{6}-?\\d{4}", message = "{membership.apply.orgNumber.pattern}")
    private String orgNumber;
    @NotNull
    private Application.Kind organisationKind;
    @NotBlank @Size(max = 200)
    private String contactName;
    @NotBlank @Email @Size(max = 200)
    private String contactEmail;
    @Pattern(regexp = "^$|[0-9 +()-]{5,40}", message = "{membership.apply.phone.pattern}")
    private String contactPhone;
    @NotBlank @Size(min = 20, max = 4000)
    private String motivation;

    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public Application.Kind getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(Application.Kind organisationKind) { this.organisationKind = organisationKind; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }

    Application toApplication() {
        return new Application(organisationName.strip(), blankToNull(orgNumber), organisationKind, contactName.strip(),
                contactEmail.strip(), blankToNull(contactPhone), motivation.strip());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
