package se.sambruk.membership.contacts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's contact person for one area of activity, and whether the person agreed to be contacted. */
@Entity
@Table(name = "contact", schema = "membership")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    @Enumerated(EnumType.STRING)
    private Area area;
    private String name;
    private String title;
    private String email;
    private String phone;
    private boolean consent;
    private Instant consentAt;
    private String consentBy;
    private Instant createdAt = Instant.now();
    @Version
    private long version;

    protected Contact() {
    }

    Contact(long organisationId) {
        this.organisationId = organisationId;
    }

    void update(ContactForm form, String by) {
        this.area = form.getArea();
        this.name = form.getName().strip();
        this.title = ContactForm.blankToNull(form.getTitle());
        this.email = form.getEmail().strip();
        this.phone = ContactForm.blankToNull(form.getPhone());
        if (form.isConsent() && !consent) {
            consentAt = Instant.now();
            consentBy = by;
        }
        if (!form.isConsent()) {
            consentAt = null;
            consentBy = null;
        }
        this.consent = form.isConsent();
    }

    ContactForm toForm() {
        ContactForm form = new ContactForm();
        form.setArea(area);
        form.setName(name);
        form.setTitle(title);
        form.setEmail(email);
        form.setPhone(phone);
        form.setConsent(consent);
        return form;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public Area getArea() { return area; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isConsent() { return consent; }
    public Instant getConsentAt() { return consentAt; }
    public String getConsentBy() { return consentBy; }
}
