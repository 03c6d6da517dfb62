package se.sambruk.membership.applications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Resignations extends JpaRepository<Resignation, Long> {

    List<Resignation> findByOrganisationIdOrderByRecordedAtDesc(long organisationId);
}
