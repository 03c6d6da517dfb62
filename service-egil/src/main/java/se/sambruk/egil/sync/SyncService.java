package se.sambruk.egil.sync;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.core.ClusterJobs;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.schooldata.SchoolRecords.Problem;
import se.sambruk.egil.suppliers.ScimConnection;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.SupplierConnections;
import se.sambruk.egil.suppliers.Suppliers;

/**
 * Runs the sync for a supplier: plans the difference, stops at the thresholds until an
 * administrator confirms, sends, and records the run. One run per supplier at a time across the
 * cluster; on demand runs go to the background and show their progress.
 */
@Service
public class SyncService {

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);
    private static final int REBUILD_PAGE = 200;

    /** A plan before anything is sent: what the supplier would hold and what would change. */
    public record Preview(DesiredState desired, SyncPlan plan, Map<ScimType, Long> counts, List<Problem> problems, String breach) {
    }

    private final SchoolDataStore schoolData;
    private final SentState state;
    private final SyncRuns runs;
    private final SyncEngine engine;
    private final SupplierConnections connections;
    private final Suppliers suppliers;
    private final ClusterJobs clusterJobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RunOwnership ownership;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "egil-runs");
        thread.setDaemon(true);
        return thread;
    });

    SyncService(SchoolDataStore schoolData, SentState state, SyncRuns runs, SyncEngine engine, SupplierConnections connections,
                Suppliers suppliers, ClusterJobs clusterJobs, TransactionTemplate transactions, Clock clock, RunOwnership ownership) {
        this.schoolData = schoolData;
        this.state = state;
        this.runs = runs;
        this.engine = engine;
        this.connections = connections;
        this.suppliers = suppliers;
        this.clusterJobs = clusterJobs;
        this.transactions = transactions;
        this.clock = clock;
        this.ownership = ownership;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    public Preview preview(Supplier supplier) {
        long started = System.nanoTime();
        SchoolData data = schoolData.load(supplier.getOrganisationId());
        long loaded = System.nanoTime();
        DesiredState desired = DesiredState.compute(data, supplier.selection(), supplier.isDnp());
        long rendered = System.nanoTime();
        Map<ObjectKey, SentObject> held = state.held(supplier.getId());
        long heldAt = System.nanoTime();
        SyncPlan plan = SyncPlan.between(desired, held, supplier, clock.instant());
        log.info("EGIL plan for supplier {}: school data {} ms, rendering {} objects {} ms, state of {} held {} ms, comparing {} ms",
                supplier.getId(), (loaded - started) / 1_000_000, desired.objects().size(), (rendered - loaded) / 1_000_000,
                held.size(), (heldAt - rendered) / 1_000_000, (System.nanoTime() - heldAt) / 1_000_000);
        Map<ScimType, Long> counts = new EnumMap<>(ScimType.class);
        for (ScimType type : ScimType.values()) {
            counts.put(type, desired.count(type));
        }
        return new Preview(desired, plan, counts, desired.problems(), plan.thresholdBreach(supplier));
    }

    /** Starts a run in the background and returns it at once (its page shows the progress). */
    public SyncRun start(Supplier supplier, SyncRun.Trigger trigger, String startedBy) {
        SyncRun run = runs.save(newRun(supplier, trigger, startedBy));
        background.submit(() -> execute(run.getId(), false));
        return run;
    }

    /** Runs now, in this thread: the nightly job, the webhook's follow-up, tests and the benchmark. */
    public SyncRun runNow(Supplier supplier, SyncRun.Trigger trigger, String startedBy) {
        SyncRun run = runs.save(newRun(supplier, trigger, startedBy));
        execute(run.getId(), false);
        return runs.findById(run.getId()).orElseThrow();
    }

    /** An administrator accepts a run that stopped at a threshold; it goes on in the background. */
    public SyncRun confirm(SyncRun run, String confirmedBy, boolean inBackground) {
        if (run.getStatus() != SyncRun.Status.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("Run " + run.getId() + " awaits no confirmation");
        }
        run.confirmed(confirmedBy);
        run.ownedBy(ownership.thisNode());
        runs.save(run);
        if (inBackground) {
            background.submit(() -> execute(run.getId(), true));
            return run;
        }
        execute(run.getId(), true);
        return runs.findById(run.getId()).orElseThrow();
    }

    /** Cancels a run that awaits confirmation, is queued or running here or on another node, or whose node is gone. */
    public RunOwnership.Cancellation cancel(SyncRun run, String cancelledBy) {
        return ownership.cancel(run, cancelledBy);
    }

    private SyncRun newRun(Supplier supplier, SyncRun.Trigger trigger, String startedBy) {
        SyncRun run = new SyncRun(supplier.getOrganisationId(), supplier.getId(), trigger, startedBy, clock.instant());
        run.ownedBy(ownership.thisNode());
        return run;
    }

    private void execute(long runId, boolean confirmed) {
        SyncRun run = runs.findById(runId).orElseThrow();
        if (run.getStatus().finished()) {
            return; // cancelled while it waited for a thread
        }
        Supplier supplier = suppliers.findById(run.getSupplierId()).orElseThrow();
        boolean ran = clusterJobs.runAlone("egil-supplier-" + supplier.getId(), () -> executeAlone(run, supplier, confirmed));
        if (!ran) {
            run.finish(SyncRun.Status.CANCELLED, "Another run for this supplier was going on", clock.instant());
            runs.save(run);
        }
    }

    private void executeAlone(SyncRun run, Supplier supplier, boolean confirmed) {
        ownership.executing(run.getId());
        try {
            Preview preview = preview(supplier);
            run.planned(preview.plan());
            if (!confirmed && preview.breach() != null) {
                run.awaitConfirmation("Stopped: the run " + preview.breach() + ". An administrator must confirm it.");
                runs.save(run);
                log.warn("EGIL run {} for supplier {} awaits confirmation: {}", run.getId(), supplier.getId(), preview.breach());
                return;
            }
            run.status(SyncRun.Status.RUNNING);
            runs.save(run);
            ScimConnection scim = connections.open(supplier);
            SyncEngine.Outcome outcome = engine.execute(run, supplier, preview.plan(), scim);
            SyncRun latest = runs.findById(run.getId()).orElseThrow();
            latest.planned(preview.plan());
            latest.finish(outcome.failed() == 0 && outcome.waiting() == 0 ? SyncRun.Status.DONE : SyncRun.Status.DONE_WITH_FAILURES,
                    summary(outcome), clock.instant());
            runs.save(latest);
        } catch (InterruptedException e) {
            fail(run, "Interrupted");
            Thread.currentThread().interrupt(); // cleared again by done() when it was a cancellation
        } catch (RuntimeException e) {
            log.error("EGIL run {} for supplier {} failed", run.getId(), supplier.getId(), e);
            fail(run, e instanceof org.springframework.web.client.RestClientException ? se.sambruk.core.http.RemoteAnswers.reason(e) : e.getMessage());
        } finally {
            ownership.done(run.getId());
        }
    }

    private static String summary(SyncEngine.Outcome outcome) {
        List<String> parts = new java.util.ArrayList<>();
        if (outcome.failed() > 0) {
            parts.add(outcome.failed() + " objects failed or clash with what the supplier holds");
        }
        if (outcome.waiting() > 0) {
            parts.add(outcome.waiting() + " objects wait for objects the supplier does not hold");
        }
        return parts.isEmpty() ? null : String.join("; ", parts) + ". They are tried again next run; the reasons are listed below.";
    }

    /** Ends the run as FAILED, or as CANCELLED when an administrator asked for that. */
    private void fail(SyncRun run, String message) {
        SyncRun latest = runs.findById(run.getId()).orElse(run);
        if (latest.getCancelRequestedBy() != null) {
            latest.finish(SyncRun.Status.CANCELLED, "Cancelled by " + latest.getCancelRequestedBy(), clock.instant());
        } else {
            latest.finish(SyncRun.Status.FAILED, message == null ? "Failed" : message, clock.instant());
        }
        runs.save(latest);
    }

    /**
     * Rebuilds EGIL's knowledge of what the supplier holds by reading its SCIM collections
     * ({@code startIndex} paging). The next run then sends what is missing or different.
     */
    public SyncRun rebuild(Supplier supplier, String startedBy) {
        SyncRun run = runs.save(newRun(supplier, SyncRun.Trigger.REBUILD, startedBy));
        try {
            ScimConnection scim = connections.open(supplier);
            Map<ObjectKey, String> held = new java.util.LinkedHashMap<>();
            JsonMapper json = JsonMapper.builder().build();
            for (ScimType type : ScimType.values()) {
                if (type == ScimType.TEACHER) {
                    continue;
                }
                int start = 1;
                while (true) {
                    ScimConnection.Answer answer = scim.send("GET", type.endpoint() + "?startIndex=" + start + "&count=" + REBUILD_PAGE, null);
                    if (!answer.ok()) {
                        throw new IllegalStateException("GET " + type.endpoint() + " answered " + answer.status() + ": " + answer.body());
                    }
                    JsonNode page = json.readTree(answer.body());
                    int n = 0;
                    for (JsonNode resource : page.path("Resources")) {
                        n++;
                        String externalId = resource.path("externalId").asString(null);
                        if (externalId == null) {
                            continue;
                        }
                        ScimType held1 = type == ScimType.STUDENT && !resource.path(ScimType.STUDENT.schema()).path("enrolments").isArray()
                                ? ScimType.TEACHER : type;
                        held.put(new ObjectKey(held1, java.util.UUID.fromString(externalId)),
                                resource.path("displayName").asString(externalId));
                    }
                    int total = page.path("totalResults").asInt(0);
                    start += n;
                    if (n == 0 || start > total) {
                        break;
                    }
                }
            }
            transactions.executeWithoutResult(s -> state.replaceFromSupplier(supplier.getOrganisationId(), supplier.getId(), held, clock.instant()));
            run.finish(SyncRun.Status.DONE, "Rebuilt: the supplier holds " + held.size() + " objects", clock.instant());
        } catch (RuntimeException e) {
            run.finish(SyncRun.Status.FAILED, "Rebuild failed: " + e.getMessage(), clock.instant());
        }
        return runs.save(run);
    }
}
