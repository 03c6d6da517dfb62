package se.sambruk.core.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    Optional<AppUser> findByIdAndOrganisationId(long id, long organisationId);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") String role);

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.organisationId = :organisationId and u.enabled = true")
    long countEnabledWithRole(@Param("organisationId") long organisationId, @Param("role") String role);
}
