package se.sambruk.core.api;

import se.sambruk.core.organisation.Organisation;

/** A reference to another organisation in the register. */
record OrganisationRef(long id, String name) {

    static OrganisationRef of(Organisation organisation) {
        return new OrganisationRef(organisation.getId(), organisation.getName());
    }
}
