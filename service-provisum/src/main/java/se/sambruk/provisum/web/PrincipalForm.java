package se.sambruk.provisum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new principal (huvudman) as the caseworker enters them. */
class PrincipalForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 20)
    private String personnummer;
    @NotNull
    private Long municipality;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPersonnummer() { return personnummer; }
    public void setPersonnummer(String personnummer) { this.personnummer = personnummer; }
    public Long getMunicipality() { return municipality; }
    public void setMunicipality(Long municipality) { this.municipality = municipality; }
}
