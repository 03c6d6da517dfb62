package se.sambruk.membership.ideas;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectIdeas extends JpaRepository<ProjectIdea, Long> {

    List<ProjectIdea> findAllByOrderByCreatedAtDesc();

    List<ProjectIdea> findByStatusInOrderByCreatedAtDesc(Collection<ProjectIdea.Status> statuses);

    List<ProjectIdea> findByProposedByOrderByCreatedAtDesc(long organisationId);
}
