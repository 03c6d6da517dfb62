package se.sambruk.membership.applications;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Applications extends JpaRepository<Application, Long> {

    List<Application> findByStatusOrderBySubmittedAt(Application.Status status);

    List<Application> findByStatusInOrderByDecidedAtDesc(Collection<Application.Status> statuses);

    /** Approved applications of these organisations that were rejoins, for the deposit rule. */
    List<Application> findByStatusAndRejoiningTrue(Application.Status status);
}
