package se.sambruk.core.councils;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Comments extends JpaRepository<Comment, Long> {

    List<Comment> findByProposalIdOrderByCreatedAtAscIdAsc(long proposalId);
}
