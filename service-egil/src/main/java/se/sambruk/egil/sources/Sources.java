package se.sambruk.egil.sources;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Sources extends JpaRepository<Source, Long> {

    List<Source> findByOrganisationIdOrderByName(long organisationId);

    Optional<Source> findByIdAndOrganisationId(long id, long organisationId);
}
