package se.sambruk.core.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceCatalogue extends JpaRepository<DigitalService, Long> {

    Optional<DigitalService> findByCode(String code);

    List<DigitalService> findAllByOrderByName();
}
