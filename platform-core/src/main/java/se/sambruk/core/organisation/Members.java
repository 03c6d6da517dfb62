package se.sambruk.core.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Members extends JpaRepository<Member, Long> {

    long countByStatusIn(Collection<MemberStatus> statuses);

    List<Member> findByStatusIn(Collection<MemberStatus> statuses);
}
