package se.sambruk.egil.sync;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the sync engine for one supplier, with its progress. */
@Entity
@Table(schema = "egil", name = "sync_run")
public class SyncRun {

    public enum Trigger { NIGHTLY, MANUAL, WEBHOOK, REBUILD }

    public enum Status {
        PLANNING, RUNNING, AWAITING_CONFIRMATION, DONE, DONE_WITH_FAILURES, FAILED, CANCELLED,
        /** The node executing it stopped (a crash, a kill, a restart); the next run sends what is left. */
        INTERRUPTED;

        public boolean finished() {
            return this != PLANNING && this != RUNNING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private long supplierId;
    @Enumerated(EnumType.STRING)
    private Trigger trigger;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PLANNING;
    private Instant startedAt;
    private Instant finishedAt;
    private int plannedCreates;
    private int plannedUpdates;
    private int plannedDeletes;
    private int done;
    private int failed;
    /** Objects not sent because they refer to something the supplier does not hold. */
    private int waiting;
    private String message;
    private String startedBy;
    private String confirmedBy;
    private String ownerNode;
    private String cancelRequestedBy;

    protected SyncRun() {
    }

    SyncRun(long organisationId, long supplierId, Trigger trigger, String startedBy, Instant at) {
        this.organisationId = organisationId;
        this.supplierId = supplierId;
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.startedAt = at;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public long getSupplierId() { return supplierId; }
    public Trigger getTrigger() { return trigger; }
    public Status getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getPlannedCreates() { return plannedCreates; }
    public int getPlannedUpdates() { return plannedUpdates; }
    public int getPlannedDeletes() { return plannedDeletes; }
    public int getPlanned() { return plannedCreates + plannedUpdates + plannedDeletes; }
    public int getDone() { return done; }
    public int getFailed() { return failed; }
    public int getWaiting() { return waiting; }
    public String getMessage() { return message; }
    public String getStartedBy() { return startedBy; }
    public String getConfirmedBy() { return confirmedBy; }
    /** The node (application instance) that executes the run, see {@code ClusterNodes}. */
    public String getOwnerNode() { return ownerNode; }
    public String getCancelRequestedBy() { return cancelRequestedBy; }

    public int getPercent() {
        int planned = getPlanned();
        return planned == 0 ? (status.finished() ? 100 : 0) : Math.min(100, (done + failed + waiting) * 100 / planned);
    }

    void planned(SyncPlan plan) {
        this.plannedCreates = plan.creates().size();
        this.plannedUpdates = plan.updates().size();
        this.plannedDeletes = plan.deletes().size();
    }

    void ownedBy(String node) {
        this.ownerNode = node;
    }

    void status(Status status) {
        this.status = status;
    }

    void awaitConfirmation(String why) {
        this.status = Status.AWAITING_CONFIRMATION;
        this.message = why;
    }

    void confirmed(String by) {
        this.confirmedBy = by;
        this.status = Status.PLANNING;
    }

    void finish(Status status, String message, Instant at) {
        this.status = status;
        this.message = message == null ? this.message : message.length() > 1000 ? message.substring(0, 1000) : message;
        this.finishedAt = at;
    }
}
