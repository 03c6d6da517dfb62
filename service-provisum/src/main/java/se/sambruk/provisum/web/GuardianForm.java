package se.sambruk.provisum.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import se.sambruk.provisum.rules.SuitabilityCheck;

/** A new guardian (ställföreträdare) and, when done, the suitability check (FB 11 kap. 12 §). */
class GuardianForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 20)
    private String personnummer;
    @Email
    @Size(max = 200)
    private String email;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate suitabilityCheckedOn;
    private boolean criminalRecordChecked;
    private boolean debtsChecked;
    private boolean interviewed;
    @Size(max = 500)
    private String suitabilityNote;

    SuitabilityCheck check() {
        return new SuitabilityCheck(suitabilityCheckedOn, criminalRecordChecked, debtsChecked, interviewed, suitabilityNote);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPersonnummer() { return personnummer; }
    public void setPersonnummer(String personnummer) { this.personnummer = personnummer; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LocalDate getSuitabilityCheckedOn() { return suitabilityCheckedOn; }
    public void setSuitabilityCheckedOn(LocalDate suitabilityCheckedOn) { this.suitabilityCheckedOn = suitabilityCheckedOn; }
    public boolean isCriminalRecordChecked() { return criminalRecordChecked; }
    public void setCriminalRecordChecked(boolean criminalRecordChecked) { this.criminalRecordChecked = criminalRecordChecked; }
    public boolean isDebtsChecked() { return debtsChecked; }
    public void setDebtsChecked(boolean debtsChecked) { this.debtsChecked = debtsChecked; }
    public boolean isInterviewed() { return interviewed; }
    public void setInterviewed(boolean interviewed) { this.interviewed = interviewed; }
    public String getSuitabilityNote() { return suitabilityNote; }
    public void setSuitabilityNote(String suitabilityNote) { this.suitabilityNote = suitabilityNote; }
}
