package se.sambruk.egil.suppliers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Suppliers extends JpaRepository<Supplier, Long> {

    List<Supplier> findByOrganisationIdOrderByName(long organisationId);

    Optional<Supplier> findByIdAndOrganisationId(long id, long organisationId);

    List<Supplier> findByEnabledTrue();
}
