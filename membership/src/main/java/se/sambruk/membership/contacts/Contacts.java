package se.sambruk.membership.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Contacts extends JpaRepository<Contact, Long> {

    List<Contact> findByOrganisationIdOrderByAreaAscNameAsc(long organisationId);

    /** One of the organisation's contacts; empty for anyone else's. */
    Optional<Contact> findByIdAndOrganisationId(long id, long organisationId);

    List<Contact> findByConsentTrueOrderByOrganisationIdAscAreaAsc();

    List<Contact> findAllByOrderByOrganisationIdAscAreaAsc();

    List<Contact> findByOrganisationIdInAndConsentTrue(Collection<Long> organisationIds);
}
