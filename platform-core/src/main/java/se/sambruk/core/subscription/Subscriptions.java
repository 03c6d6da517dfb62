package se.sambruk.core.subscription;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Subscriptions extends JpaRepository<Subscription, Long> {

    @EntityGraph(attributePaths = {"service", "organisation", "covers"})
    @Query("select s from Subscription s where s.service.code = :code order by s.organisation.name")
    List<Subscription> findByServiceCode(@Param("code") String code);

    @EntityGraph(attributePaths = {"service", "organisation", "covers"})
    @Query("select s from Subscription s where s.organisation.id = :id order by s.service.name")
    List<Subscription> findByOrganisation(@Param("id") long organisationId);

    @EntityGraph(attributePaths = {"service", "organisation", "covers"})
    @Query("""
            select distinct s from Subscription s left join s.covers c
            where c.id = :id and s.organisation.id <> :id order by s.service.name
            """)
    List<Subscription> findCovering(@Param("id") long organisationId);

    @EntityGraph(attributePaths = {"service", "organisation", "covers"})
    @Query("select s from Subscription s order by s.service.name, s.organisation.name")
    List<Subscription> findAllWithDetails();

    /** The codes of the services an organisation may use on a day, directly or through a body acting for it. */
    @Query("""
            select distinct s.service.code from Subscription s left join s.covers c
            where (s.organisation.id = :id or c.id = :id)
              and (s.startsOn is null or s.startsOn <= :day)
              and (s.endsOn is null or s.endsOn > :day)
            """)
    List<String> serviceCodesUsableBy(@Param("id") long organisationId, @Param("day") LocalDate day);
}
