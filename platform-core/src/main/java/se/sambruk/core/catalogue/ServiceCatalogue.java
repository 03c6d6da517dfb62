package se.sambruk.core.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceCatalogue extends JpaRepository<DigitalService, Long> {

    Optional<DigitalService> findByCode(String code);

    List<DigitalService> findAllByOrderByName();

    /** By code as people type it: any case, surrounding blanks ignored; empty for anything no code can be. */
    default Optional<DigitalService> lookup(String code) {
        if (code == null || code.isBlank() || code.length() > 30) {
            return Optional.empty();
        }
        return findByCode(code.strip().toLowerCase(Locale.ROOT));
    }
}
