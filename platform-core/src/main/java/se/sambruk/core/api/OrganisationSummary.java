package se.sambruk.core.api;

import java.util.List;

import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;

/** An organisation as the register lists it. */
record OrganisationSummary(long id, OrganisationType type, String name, String municipalityCode, String countyCode,
                           String countyName, Integer population, String orgNumber, String website,
                           List<OrganisationRef> actsFor) {

    static OrganisationSummary of(Organisation organisation, List<OrganisationRef> actsFor) {
        return new OrganisationSummary(organisation.getId(), organisation.getType(), organisation.getName(),
                organisation.getMunicipalityCode(), organisation.getCountyCode(), organisation.getCountyName(),
                organisation.getPopulation(), organisation.getOrgNumber(), organisation.getWebsite(), actsFor);
    }
}
