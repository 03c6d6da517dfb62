package se.sambruk.core.councils;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PriorityRounds extends JpaRepository<PriorityRound, Long> {

    List<PriorityRound> findByServiceIdOrderByOpensAtDesc(long serviceId);

    @Query("select r.id from PriorityRound r where r.closedAt is null and r.closesAt <= :now")
    List<Long> findDue(@Param("now") Instant now);

    @Query("select r from PriorityRound r where r.closedAt is null and r.opensAt <= :now and r.closesAt > :now")
    List<PriorityRound> findOpen(@Param("now") Instant now);
}
