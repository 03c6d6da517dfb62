package se.sambruk.membership.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as the member's administrator enters them. */
public class ContactForm {

    @NotNull
    private Area area;
    @NotBlank @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String title;
    @NotBlank @Email @Size(max = 200)
    private String email;
    @Pattern(regexp = "^$|[0-9 +()-]{5,40}", message = "{membership.apply.phone.pattern}")
    private String phone;
    /** The person agreed to be on Sambruk's mailing lists for the area. */
    private boolean consent;

    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
