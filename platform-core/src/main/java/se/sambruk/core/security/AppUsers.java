package se.sambruk.core.security;

import java.util.Optional;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    Optional<AppUser> findByIdAndOrganisationId(long id, long organisationId);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") String role);

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.organisationId = :organisationId and u.enabled = true")
    long countEnabledWithRole(@Param("organisationId") long organisationId, @Param("role") String role);

    /**
     * Records a successful sign-in in one statement, outside the entity's version: the same
     * person signing in from several places at once must not collide with themselves.
     */
    @Modifying
    @Transactional
    @Query(value = "update core.app_user set last_login_at = :at, failed_attempts = 0, locked_until = null where id = :id",
            nativeQuery = true)
    int recordSuccessfulLogin(@Param("id") long id, @Param("at") Instant at);
}
