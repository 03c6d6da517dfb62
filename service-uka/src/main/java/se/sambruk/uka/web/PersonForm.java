package se.sambruk.uka.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

/** A young person as the caseworker adds one by hand. */
class PersonForm {

    @NotBlank
    @Size(max = 20)
    private String personnummer;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 40)
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String guardians;
    private boolean registeredHere = true;
    private boolean compulsorySchoolDone = true;
    @NotNull
    private ProgrammeStatus programme = ProgrammeStatus.NONE;

    public String getPersonnummer() { return personnummer; }
    public void setPersonnummer(String personnummer) { this.personnummer = personnummer; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getGuardians() { return guardians; }
    public void setGuardians(String guardians) { this.guardians = guardians; }
    public boolean isRegisteredHere() { return registeredHere; }
    public void setRegisteredHere(boolean registeredHere) { this.registeredHere = registeredHere; }
    public boolean isCompulsorySchoolDone() { return compulsorySchoolDone; }
    public void setCompulsorySchoolDone(boolean compulsorySchoolDone) { this.compulsorySchoolDone = compulsorySchoolDone; }
    public ProgrammeStatus getProgramme() { return programme; }
    public void setProgramme(ProgrammeStatus programme) { this.programme = programme; }
}
