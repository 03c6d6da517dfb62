package se.sambruk.core.api;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;

/** Adds organisations to the register: unique name and kommunkod, and an audit entry. */
@Service
class OrganisationRegistration {

    private final Organisations organisations;
    private final AuditLog auditLog;

    OrganisationRegistration(Organisations organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** The unique indexes stay the last word when two requests race (see ApiErrors). */
    @Transactional
    Organisation register(NewOrganisation request) {
        Organisation organisation = request.toOrganisation();
        if (organisations.findByNameIgnoreCase(organisation.getName()).isPresent()) {
            throw new ConflictException("An organisation named '" + organisation.getName() + "' already exists");
        }
        if (organisation.getMunicipalityCode() != null
                && organisations.findByMunicipalityCode(organisation.getMunicipalityCode()).isPresent()) {
            throw new ConflictException("An organisation with municipality code " + organisation.getMunicipalityCode() + " already exists");
        }
        organisations.saveAndFlush(organisation);
        auditLog.record(AuditAction.REGISTER_CHANGED, "organisation", organisation.getId(), organisation.getId(),
                "Created through the API: " + organisation.getName());
        return organisation;
    }
}
