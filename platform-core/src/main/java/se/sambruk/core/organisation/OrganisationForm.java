package se.sambruk.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff edit about an organisation, its membership of Sambruk, and whom it acts for. */
class OrganisationForm {

    @NotBlank @Size(max = 200)
    private String name;
    @NotNull
    private OrganisationType type;
    @Pattern(regexp = "^$|\\d{4}", message = "{organisation.code.pattern}")
    private String municipalityCode;
    @Pattern(regexp = "^$|\\d{2}", message = "{organisation.countyCode.pattern}")
    private String countyCode;
    @Size(max = 100)
    private String countyName;
    @Min(0) @Max(20_000_000)
    private Integer population;
    @Pattern(regexp = "^$|\\d{6}-?\\d{4}", message = "{organisation.orgNumber.pattern}")
    private String orgNumber;
    @Pattern(regexp = "^$|https?://[^\\s<>\"]{1,290}", message = "{organisation.website.pattern}")
    private String website;
    /** NONE when not a member. */
    @NotBlank
    @Pattern(regexp = "NONE|APPLIED|ACTIVE|RESIGNING|FORMER")
    private String memberStatus = "NONE";
    private LocalDate memberSince;
    private LocalDate memberUntil;
    private List<Long> actsFor = new ArrayList<>();

    static OrganisationForm of(Organisation organisation, Member member, List<Long> actsFor) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.type = organisation.getType();
        form.municipalityCode = organisation.getMunicipalityCode();
        form.countyCode = organisation.getCountyCode();
        form.countyName = organisation.getCountyName();
        form.population = organisation.getPopulation();
        form.orgNumber = organisation.getOrgNumber();
        form.website = organisation.getWebsite();
        if (member != null) {
            form.memberStatus = member.getStatus().name();
            form.memberSince = member.getMemberSince();
            form.memberUntil = member.getMemberUntil();
        }
        form.actsFor = new ArrayList<>(actsFor);
        return form;
    }

    void applyTo(Organisation organisation) {
        organisation.setName(name.strip());
        organisation.setType(type);
        organisation.setMunicipalityCode(blankToNull(municipalityCode));
        organisation.setCountyCode(blankToNull(countyCode));
        organisation.setCountyName(blankToNull(countyName));
        organisation.setPopulation(population);
        organisation.setOrgNumber(blankToNull(orgNumber));
        organisation.setWebsite(blankToNull(website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public String getCountyName() { return countyName; }
    public void setCountyName(String countyName) { this.countyName = countyName; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getMemberStatus() { return memberStatus; }
    public void setMemberStatus(String memberStatus) { this.memberStatus = memberStatus; }
    public LocalDate getMemberSince() { return memberSince; }
    public void setMemberSince(LocalDate memberSince) { this.memberSince = memberSince; }
    public LocalDate getMemberUntil() { return memberUntil; }
    public void setMemberUntil(LocalDate memberUntil) { this.memberUntil = memberUntil; }
    public List<Long> getActsFor() { return actsFor; }
    public void setActsFor(List<Long> actsFor) { this.actsFor = actsFor == null ? new ArrayList<>() : actsFor; }
}
