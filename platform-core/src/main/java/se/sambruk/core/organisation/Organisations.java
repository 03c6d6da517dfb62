package se.sambruk.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameIgnoreCase(String name);

    Optional<Organisation> findByMunicipalityCode(String municipalityCode);

    /** Organisations of a type (all types when null) whose name, county or kommunkod matches the text (all when null). */
    default Page<Organisation> search(OrganisationType type, String query, Pageable pageable) {
        Collection<OrganisationType> types = type == null ? java.util.EnumSet.allOf(OrganisationType.class) : java.util.EnumSet.of(type);
        return searchTypesAndText(types, query == null ? "" : query, pageable);
    }

    // No "parameter is null" tests in the query: with them Hibernate cannot reuse its translation
    // of the query and translates it again on every call, a fifth of the API's time under load.
    @Query("""
            select o from Organisation o
            where o.type in :types
              and (lower(o.name) like lower(concat('%', cast(:text as string), '%'))
                   or o.municipalityCode = :text
                   or lower(o.countyName) like lower(concat('%', cast(:text as string), '%')))
            """)
    Page<Organisation> searchTypesAndText(@Param("types") Collection<OrganisationType> types, @Param("text") String text, Pageable pageable);

    @Query("select o from Organisation o where o.id in (select r.id from Organisation a join a.actsFor r where a.id = :id) order by o.name")
    List<Organisation> representedBy(@Param("id") long id);

    @Query("select a from Organisation a join a.actsFor r where r.id = :id order by a.name")
    List<Organisation> actingFor(@Param("id") long id);

    List<Organisation> findAllByOrderByName();

    /** Every organisation's name by id, for lists that show the organisation of each row. */
    default java.util.Map<Long, String> namesById() {
        return names(findAll());
    }

    private static java.util.Map<Long, String> names(Iterable<Organisation> organisations) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        organisations.forEach(organisation -> names.put(organisation.getId(), organisation.getName()));
        return names;
    }
}
