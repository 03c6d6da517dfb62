package se.sambruk.core.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;

/** A new organisation for the register; the limits match the columns of core.organisation. */
record NewOrganisation(
        @NotNull
        OrganisationType type,

        @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE)
        String name,

        @Pattern(regexp = "\\d{4}", message = "must be four digits")
        String municipalityCode,

        @Pattern(regexp = "\\d{2}", message = "must be two digits")
        String countyCode,

        @Size(max = 100) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE)
        String countyName,

        @PositiveOrZero
        Integer population,

        @Pattern(regexp = "\\d{6}-\\d{4}", message = "must be an organisationsnummer: six digits, hyphen, four digits")
        String orgNumber,

        @Size(max = 300) @Pattern(regexp = "https?://[^\\s/?#\\p{Cntrl}]+([/?#][^\\s\\p{Cntrl}]*)?",
                message = "must be an http or https address")
        String website) {

    /** PostgreSQL rejects NUL in text, and no name needs a tab or a bell. */
    static final String PRINTABLE = "[^\\p{Cntrl}]*";
    static final String NOT_PRINTABLE = "must not contain control characters";

    Organisation toOrganisation() {
        Organisation organisation = new Organisation(type, name.strip());
        organisation.setMunicipalityCode(municipalityCode);
        organisation.setCountyCode(countyCode);
        organisation.setCountyName(countyName == null ? null : countyName.strip());
        organisation.setPopulation(population);
        organisation.setOrgNumber(orgNumber);
        organisation.setWebsite(website);
        return organisation;
    }
}
