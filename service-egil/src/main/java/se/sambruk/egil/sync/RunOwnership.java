package se.sambruk.egil.sync;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.ClusterNodes;

/**
 * Which node executes a run, and what becomes of runs whose node is gone or that an
 * administrator cancels. A run records its owner node ({@link ClusterNodes}); at start and every
 * few seconds one node marks the unfinished runs of dead nodes {@link SyncRun.Status#INTERRUPTED}
 * (the next run sends what is left: it plans from what the supplier is known to hold). A
 * cancellation ends a run at once when nothing executes it (awaiting confirmation, queued, or its
 * node gone); a run that a live node executes is interrupted by that node within seconds.
 */
@Component
public class RunOwnership {

    private static final Logger log = LoggerFactory.getLogger(RunOwnership.class);
    static final String INTERRUPTED_MESSAGE =
            "Interrupted: the application instance running it stopped. The next run sends what is left.";

    /** What a cancellation did. */
    public enum Cancellation { CANCELLED, REQUESTED, NOTHING }

    private final SyncRuns runs;
    private final ClusterNodes nodes;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final Map<Long, Thread> executing = new ConcurrentHashMap<>();
    private final Set<Long> interruptedForCancel = new HashSet<>();

    RunOwnership(SyncRuns runs, ClusterNodes nodes, ClusterJobs jobs, Clock clock) {
        this.runs = runs;
        this.nodes = nodes;
        this.jobs = jobs;
        this.clock = clock;
    }

    String thisNode() {
        return nodes.thisNode();
    }

    /** The calling thread executes the run now (until {@link #done(long)}). */
    synchronized void executing(long runId) {
        executing.put(runId, Thread.currentThread());
    }

    /** The calling thread is done with the run; an interrupt meant to cancel it does not outlive it. */
    synchronized void done(long runId) {
        executing.remove(runId);
        if (interruptedForCancel.remove(runId)) {
            Thread.interrupted();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        markInterrupted();
    }

    @Scheduled(fixedDelayString = "${sambruk.egil.run-check-every:PT10S}", initialDelayString = "${sambruk.egil.run-check-every:PT10S}")
    void check() {
        jobs.runAlone("egil-interrupted-runs", this::markInterrupted);
        honourCancelRequests();
    }

    /** Marks the unfinished runs of nodes that are gone INTERRUPTED; returns how many. */
    public int markInterrupted() {
        int marked = 0;
        for (SyncRun run : runs.findUnfinished()) {
            if (!nodes.isAlive(run.getOwnerNode())
                    && runs.endUnfinished(run.getId(), SyncRun.Status.INTERRUPTED, INTERRUPTED_MESSAGE, clock.instant()) > 0) {
                log.warn("EGIL run {} for supplier {} was interrupted: its node {} is gone", run.getId(), run.getSupplierId(),
                        run.getOwnerNode());
                marked++;
            }
        }
        return marked;
    }

    /** Interrupts the runs this node executes for which a cancellation was asked on any node. */
    void honourCancelRequests() {
        for (Long runId : executing.keySet()) {
            runs.findById(runId).filter(run -> run.getCancelRequestedBy() != null).ifPresent(run -> interrupt(runId));
        }
    }

    private synchronized boolean interrupt(long runId) {
        Thread thread = executing.get(runId);
        if (thread == null) {
            return false;
        }
        interruptedForCancel.add(runId);
        thread.interrupt();
        return true;
    }

    /** Cancels a run as far as its state allows; see the class comment. */
    public Cancellation cancel(SyncRun run, String by) {
        String message = "Cancelled by " + by;
        switch (run.getStatus()) {
            case AWAITING_CONFIRMATION -> {
                run.finish(SyncRun.Status.CANCELLED, message, clock.instant());
                runs.save(run);
                return Cancellation.CANCELLED;
            }
            case PLANNING, RUNNING -> {
                String owner = run.getOwnerNode();
                boolean here = thisNode().equals(owner);
                if (here && executing.containsKey(run.getId()) || !here && nodes.isAlive(owner)) {
                    runs.requestCancel(run.getId(), by);
                    if (here) {
                        interrupt(run.getId());
                    }
                    return Cancellation.REQUESTED; // the executing node ends it as CANCELLED
                }
                String why = here ? message + " before it started" : message + "; the application instance running it had stopped";
                return runs.endUnfinished(run.getId(), SyncRun.Status.CANCELLED, why, clock.instant()) > 0
                        ? Cancellation.CANCELLED : Cancellation.NOTHING;
            }
            default -> {
                return Cancellation.NOTHING;
            }
        }
    }
}
