package se.sambruk.egil.sync;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface SyncRuns extends JpaRepository<SyncRun, Long> {

    List<SyncRun> findTop20BySupplierIdOrderByStartedAtDesc(long supplierId);

    List<SyncRun> findTop20ByOrganisationIdOrderByStartedAtDesc(long organisationId);

    Optional<SyncRun> findByIdAndOrganisationId(long id, long organisationId);

    Optional<SyncRun> findFirstBySupplierIdOrderByStartedAtDesc(long supplierId);

    @Modifying
    @Transactional
    @Query("update SyncRun r set r.done = :done, r.failed = :failed, r.waiting = :waiting where r.id = :id")
    void progress(long id, int done, int failed, int waiting);
}
