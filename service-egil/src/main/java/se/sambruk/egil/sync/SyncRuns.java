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

    /** Runs that are planning or sending (on some node, or on a node that is gone). */
    @Query("select r from SyncRun r where r.status in (se.sambruk.egil.sync.SyncRun.Status.PLANNING, se.sambruk.egil.sync.SyncRun.Status.RUNNING)")
    List<SyncRun> findUnfinished();

    /** Ends a run that is still unfinished; 0 when it had finished meanwhile. */
    @Modifying
    @Transactional
    @Query("""
            update SyncRun r set r.status = :status, r.message = :message, r.finishedAt = :at
            where r.id = :id and r.status in (se.sambruk.egil.sync.SyncRun.Status.PLANNING, se.sambruk.egil.sync.SyncRun.Status.RUNNING)""")
    int endUnfinished(long id, SyncRun.Status status, String message, java.time.Instant at);

    /** Asks the node executing an unfinished run to stop it; 0 when it had finished meanwhile. */
    @Modifying
    @Transactional
    @Query("""
            update SyncRun r set r.cancelRequestedBy = :by
            where r.id = :id and r.status in (se.sambruk.egil.sync.SyncRun.Status.PLANNING, se.sambruk.egil.sync.SyncRun.Status.RUNNING)""")
    int requestCancel(long id, String by);
}
