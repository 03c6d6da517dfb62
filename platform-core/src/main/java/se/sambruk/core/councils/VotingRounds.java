package se.sambruk.core.councils;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VotingRounds extends JpaRepository<VotingRound, Long> {

    List<VotingRound> findByProposalIdOrderByOpensAtDesc(long proposalId);

    @Query("select r from VotingRound r where r.proposalId in :ids order by r.opensAt desc")
    List<VotingRound> findByProposalIds(@Param("ids") List<Long> proposalIds);

    @Query("select r.id from VotingRound r where r.closedAt is null and r.closesAt <= :now")
    List<Long> findDue(@Param("now") Instant now);

    @Query("select r from VotingRound r where r.closedAt is not null and r.proposalId in"
            + " (select p.id from Proposal p where p.serviceId = :service) order by r.closedAt, r.id")
    List<VotingRound> findClosedByService(@Param("service") long serviceId);

    @Query("select r from VotingRound r where r.closedAt is null and r.opensAt <= :now and r.closesAt > :now")
    List<VotingRound> findOpen(@Param("now") Instant now);
}
