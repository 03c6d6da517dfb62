package se.sambruk.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClients extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByClientId(String clientId);

    boolean existsByClientId(String clientId);

    List<ApiClient> findAllByOrderByClientId();
}
