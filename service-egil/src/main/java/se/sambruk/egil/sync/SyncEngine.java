package se.sambruk.egil.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.egil.suppliers.ScimConnection;
import se.sambruk.egil.suppliers.ScimConnection.Answer;
import se.sambruk.egil.suppliers.Supplier;

/**
 * Sends a plan to a supplier: POST new, PUT changed, DELETE gone, type by type in the profile's
 * order (deletions in reverse), concurrently within the supplier's limits. 409 on a POST becomes a
 * PUT, 404 on a PUT becomes a POST, 404 on a DELETE counts as done; no answer, 429 and 5xx are
 * tried again with growing pauses. Each object's new state is committed the moment the supplier
 * confirms it, with the transfer in the history and, for people, in the audit log, all three in
 * one transaction: the state, its history and its audit entry are kept together or not at all.
 */
@Component
class SyncEngine {

    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

    private final SentState state;
    private final SyncRuns runs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int attempts;
    private final long backoffMillis;

    SyncEngine(SentState state, SyncRuns runs, AuditLog audit, TransactionTemplate transactions, Clock clock,
               @Value("${sambruk.egil.retry-attempts:4}") int attempts,
               @Value("${sambruk.egil.retry-backoff-ms:250}") long backoffMillis) {
        this.state = state;
        this.runs = runs;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.attempts = Math.max(1, attempts);
        this.backoffMillis = backoffMillis;
    }

    record Outcome(int done, int failed) {
    }

    Outcome execute(SyncRun run, Supplier supplier, SyncPlan plan, ScimConnection scim) throws InterruptedException {
        Progress progress = new Progress(run.getId());
        state.markGone(supplier.getId(), plan.newlyGone(), clock.instant());
        state.clearGone(supplier.getId(), plan.back());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, supplier.getMaxInFlight()), r -> {
            Thread thread = new Thread(r, "egil-sync-" + supplier.getId());
            thread.setDaemon(true);
            return thread;
        });
        Throttle throttle = new Throttle(supplier.getRequestsPerSecond(), supplier.getMaxInFlight());
        try {
            List<DesiredObject> upserts = new ArrayList<>(plan.creates());
            upserts.addAll(plan.updates());
            java.util.Set<ObjectKey> creates = plan.creates().stream().map(DesiredObject::key).collect(Collectors.toSet());
            for (ScimType type : ScimType.values()) {
                List<DesiredObject> ofType = upserts.stream().filter(o -> o.type() == type).toList();
                runAll(pool, ofType, object -> () -> upsert(run, supplier, scim, throttle, object, creates.contains(object.key())), progress);
            }
            List<ScimType> reverse = new ArrayList<>(List.of(ScimType.values()));
            reverse.sort(Comparator.reverseOrder());
            for (ScimType type : reverse) {
                List<SentObject> ofType = plan.deletes().stream().filter(o -> o.type() == type).toList();
                runAll(pool, ofType, object -> () -> delete(run, supplier, scim, throttle, object), progress);
            }
        } finally {
            pool.shutdownNow();
            progress.flush();
        }
        return new Outcome(progress.done.get(), progress.failed.get());
    }

    private <T> void runAll(ExecutorService pool, List<T> objects, Function<T, java.util.concurrent.Callable<Boolean>> work,
                            Progress progress) throws InterruptedException {
        List<Future<Boolean>> futures = new ArrayList<>(objects.size());
        for (T object : objects) {
            futures.add(pool.submit(work.apply(object)));
        }
        for (Future<Boolean> future : futures) {
            try {
                progress.count(future.get());
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("EGIL transfer failed unexpectedly", e.getCause());
                progress.count(false);
            }
        }
    }

    private boolean upsert(SyncRun run, Supplier supplier, ScimConnection scim, Throttle throttle, DesiredObject object, boolean create)
            throws InterruptedException {
        ObjectKey key = object.key();
        String method = create ? "POST" : "PUT";
        Answer answer = send(scim, throttle, method, create ? key.type().endpoint() : key.path(), object.json());
        if (create && answer.status() == 409) {
            method = "PUT";
            answer = send(scim, throttle, method, key.path(), object.json());
        } else if (!create && answer.status() == 404) {
            method = "POST";
            answer = send(scim, throttle, method, key.type().endpoint(), object.json());
        }
        if (answer.ok()) {
            String operation = method;
            int status = answer.status();
            transactions.executeWithoutResult(tx -> {
                state.sent(supplier.getOrganisationId(), supplier.getId(), run.getId(), object, operation, status, clock.instant());
                auditTransfer(supplier, run, key, object.personId(), operation);
            });
            return true;
        }
        state.failed(supplier.getOrganisationId(), supplier.getId(), run.getId(), key, object.personId(), method, answer.status(),
                answer.body(), clock.instant());
        return false;
    }

    private boolean delete(SyncRun run, Supplier supplier, ScimConnection scim, Throttle throttle, SentObject object) throws InterruptedException {
        Answer answer = send(scim, throttle, "DELETE", object.key().path(), null);
        if (answer.ok() || answer.status() == 404) {
            transactions.executeWithoutResult(tx -> {
                state.deleted(supplier.getOrganisationId(), supplier.getId(), run.getId(), object, answer.status(), clock.instant());
                auditTransfer(supplier, run, object.key(), object.personId(), "DELETE");
            });
            return true;
        }
        state.failed(supplier.getOrganisationId(), supplier.getId(), run.getId(), object.key(), object.personId(), "DELETE",
                answer.status(), answer.body(), clock.instant());
        return false;
    }

    private Answer send(ScimConnection scim, Throttle throttle, String method, String path, String body) throws InterruptedException {
        Answer answer = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                Thread.sleep(backoffMillis << (attempt - 1));
            }
            throttle.acquire();
            try {
                answer = scim.send(method, path, body);
            } finally {
                throttle.release();
            }
            if (!answer.transientFailure()) {
                return answer;
            }
        }
        return answer;
    }

    private void auditTransfer(Supplier supplier, SyncRun run, ObjectKey key, UUID personId, String method) {
        if (key.type().personal() && personId != null) {
            audit.recordWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, "egil", supplier.getOrganisationId(), "egil.person", personId,
                    supplier.getOrganisationId(), method + " " + key.type().endpoint() + " to supplier " + supplier.getName()
                            + " (run " + run.getId() + ")");
        }
    }

    /** Counts what is done and writes it to the run now and then, for the progress bar. */
    private final class Progress {
        private final long runId;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private long lastFlush = System.nanoTime();

        Progress(long runId) {
            this.runId = runId;
        }

        void count(boolean ok) {
            (ok ? done : failed).incrementAndGet();
            if (System.nanoTime() - lastFlush > 500_000_000L) {
                flush();
            }
        }

        void flush() {
            lastFlush = System.nanoTime();
            runs.progress(runId, done.get(), failed.get());
        }
    }
}
