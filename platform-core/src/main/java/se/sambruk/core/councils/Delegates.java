package se.sambruk.core.councils;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import se.sambruk.core.security.AppUser;

/** The delegates of organisations: their users with the role COUNCIL_DELEGATE. */
interface Delegates extends Repository<AppUser, Long> {

    @Query("select distinct u from AppUser u join u.roles r where r = 'COUNCIL_DELEGATE' and u.organisationId in :organisations"
            + " order by u.username")
    List<AppUser> findDelegates(@Param("organisations") Collection<Long> organisationIds);
}
