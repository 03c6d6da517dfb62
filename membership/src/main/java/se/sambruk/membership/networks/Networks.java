package se.sambruk.membership.networks;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Networks extends JpaRepository<Network, Long> {

    List<Network> findAllByOrderByName();

    Optional<Network> findByNameIgnoreCase(String name);
}
