package se.sambruk.core.councils;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByServiceIdOrderByHeldAtDesc(long serviceId);

    Optional<Meeting> findFirstByServiceIdAndApprovedAtIsNullOrderByHeldAtDesc(long serviceId);

    @Query(value = "select round_id from core.council_decision d join core.council_meeting m on m.id = d.meeting_id"
            + " where m.service_id = :service and round_id is not null", nativeQuery = true)
    List<Long> recordedRounds(@Param("service") long serviceId);

    @Query(value = "select priority_round_id from core.council_decision d join core.council_meeting m on m.id = d.meeting_id"
            + " where m.service_id = :service and priority_round_id is not null", nativeQuery = true)
    List<Long> recordedPriorityRounds(@Param("service") long serviceId);
}
