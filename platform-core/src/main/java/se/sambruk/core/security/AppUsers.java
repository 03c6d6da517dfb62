package se.sambruk.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    // Fetch joins in fixed queries rather than entity graphs: Hibernate keeps the translation of
    // a fixed query, and translated a derived query with an entity graph again on every call.
    @Query("select distinct u from AppUser u left join fetch u.roles where u.organisationId = :organisationId order by u.username")
    List<AppUser> findByOrganisationIdOrderByUsername(@Param("organisationId") long organisationId);

    Optional<AppUser> findByIdAndOrganisationId(long id, long organisationId);

    @Query("select distinct u from AppUser u left join fetch u.roles order by u.username")
    List<AppUser> findAllByOrderByUsername();

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") String role);
}
