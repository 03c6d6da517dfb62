package se.sambruk.egil.sync;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.egil.suppliers.ScimConnection;
import se.sambruk.egil.suppliers.ScimConnection.Answer;
import se.sambruk.egil.suppliers.Supplier;

/**
 * Sends a plan to a supplier: POST new, PUT changed, DELETE gone, type by type in the profile's
 * order (deletions in reverse), concurrently within the supplier's limits.
 *
 * <ul>
 * <li>An object that refers to something the supplier does not hold (its POST failed, clashed or
 * waited in this run) is not sent: it waits, with the reason in the run's list.</li>
 * <li>409 on a POST: EGIL asks the supplier what it holds ({@code filter=externalId eq "…"}, for
 * users also {@code userName eq "…"}). Its own object (same externalId and id) is taken over with a
 * PUT; anything else is reported as a conflict naming what the supplier holds. Never a blind PUT.</li>
 * <li>404 on a PUT becomes a POST; 404 on a DELETE counts as done; no answer, 429 and 5xx are
 * tried again with growing pauses.</li>
 * </ul>
 * Confirmed outcomes are written in small batches, each one transaction holding the state rows,
 * their history rows and (for people) the audit entries: together or not at all.
 */
@Component
class SyncEngine {

    static final String WAIT = "WAIT";
    static final String CONFLICT = "CONFLICT";
    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SentState state;
    private final SyncRuns runs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int attempts;
    private final long backoffMillis;
    private final int batchSize;

    SyncEngine(SentState state, SyncRuns runs, AuditLog audit, TransactionTemplate transactions, Clock clock,
               @Value("${sambruk.egil.retry-attempts:4}") int attempts,
               @Value("${sambruk.egil.retry-backoff-ms:250}") long backoffMillis,
               @Value("${sambruk.egil.write-batch:100}") int batchSize) {
        this.state = state;
        this.runs = runs;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.attempts = Math.max(1, attempts);
        this.backoffMillis = backoffMillis;
        this.batchSize = Math.max(1, batchSize);
    }

    record Outcome(int done, int failed, int waiting) {
    }

    private enum Result { DONE, FAILED, WAITING }

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
        Recorder recorder = new Recorder(supplier, run);
        Context context = new Context(supplier, run, scim, throttle, recorder);
        try {
            List<DesiredObject> upserts = new ArrayList<>(plan.creates());
            upserts.addAll(plan.updates());
            Set<ObjectKey> creates = plan.creates().stream().map(DesiredObject::key).collect(Collectors.toSet());
            for (ScimType type : ScimType.values()) {
                List<DesiredObject> ofType = upserts.stream().filter(o -> o.type() == type).toList();
                runAll(pool, ofType, object -> () -> upsert(context, object, creates.contains(object.key())), progress);
                recorder.flush();
            }
            List<ScimType> reverse = new ArrayList<>(List.of(ScimType.values()));
            reverse.sort(Comparator.reverseOrder());
            for (ScimType type : reverse) {
                List<SentObject> ofType = plan.deletes().stream().filter(o -> o.type() == type).toList();
                runAll(pool, ofType, object -> () -> delete(context, object), progress);
                recorder.flush();
            }
        } finally {
            pool.shutdownNow();
            recorder.flush();
            progress.flush();
        }
        return new Outcome(progress.done.get(), progress.failed.get(), progress.waiting.get());
    }

    private <T> void runAll(ExecutorService pool, List<T> objects, Function<T, Callable<Result>> work, Progress progress)
            throws InterruptedException {
        List<Future<Result>> futures = new ArrayList<>(objects.size());
        for (T object : objects) {
            futures.add(pool.submit(work.apply(object)));
        }
        for (Future<Result> future : futures) {
            try {
                progress.count(future.get());
            } catch (ExecutionException e) {
                log.error("EGIL transfer failed unexpectedly", e.getCause());
                progress.count(Result.FAILED);
            }
        }
    }

    /** What one run shares between its threads. */
    private record Context(Supplier supplier, SyncRun run, ScimConnection scim, Throttle throttle, Recorder recorder,
                           Set<ObjectKey> unavailable) {
        Context(Supplier supplier, SyncRun run, ScimConnection scim, Throttle throttle, Recorder recorder) {
            this(supplier, run, scim, throttle, recorder, ConcurrentHashMap.newKeySet());
        }
    }

    private Result upsert(Context c, DesiredObject object, boolean create) throws InterruptedException {
        ObjectKey key = object.key();
        for (ObjectKey need : object.needs()) {
            if (c.unavailable().contains(need)) {
                if (create) {
                    c.unavailable().add(key);
                }
                c.recorder().add(new SentState.NotSent(key, object.personId(), WAIT, null, "Waits: the supplier does not hold "
                        + need.type().endpoint() + "/" + need.externalId() + ", which this object refers to (see that object above)",
                        clock.instant()));
                return Result.WAITING;
            }
        }
        String method = create ? "POST" : "PUT";
        Answer answer = send(c, method, create ? key.type().endpoint() : key.path(), object.json());
        if (create && answer.status() == 409) {
            String conflict = whatTheSupplierHolds(c, object, answer);
            if (conflict != null) {
                c.unavailable().add(key);
                c.recorder().add(new SentState.NotSent(key, object.personId(), CONFLICT, 409, conflict, clock.instant()));
                return Result.FAILED;
            }
            method = "PUT";
            answer = send(c, method, key.path(), object.json());
        } else if (!create && answer.status() == 404) {
            method = "POST";
            answer = send(c, method, key.type().endpoint(), object.json());
        }
        if (answer.ok()) {
            c.recorder().add(new SentState.Sent(object, method, answer.status(), clock.instant()));
            return Result.DONE;
        }
        if (create) {
            c.unavailable().add(key);
        }
        c.recorder().add(new SentState.NotSent(key, object.personId(), method, answer.status(), answer.body(), clock.instant()));
        return Result.FAILED;
    }

    /**
     * After a 409 on a POST: null when the supplier holds this very object (same externalId, same
     * id), so EGIL takes it over; otherwise why it cannot be sent, naming what the supplier holds.
     */
    private String whatTheSupplierHolds(Context c, DesiredObject object, Answer refused) throws InterruptedException {
        ObjectKey key = object.key();
        String id = key.externalId().toString();
        Answer byExternalId = send(c, "GET", key.type().endpoint() + "?filter=" + filter("externalId", id), null);
        if (!byExternalId.ok()) {
            return "The supplier refused the POST with 409 (" + detail(refused) + ") and could not be asked what it holds: GET with filter externalId"
                    + " answered " + byExternalId.status() + "; nothing was overwritten";
        }
        for (JsonNode resource : resources(byExternalId)) {
            String heldId = resource.path("id").asString(null);
            if (id.equalsIgnoreCase(heldId)) {
                return null;
            }
            return "The supplier holds this object (externalId " + id + ") under id " + heldId
                    + ", not under the id the EGIL profile asks for (the same as externalId); nothing was overwritten";
        }
        if (key.type() == ScimType.STUDENT || key.type() == ScimType.TEACHER) {
            String userName = userName(object);
            Answer byUserName = userName == null ? null : send(c, "GET", key.type().endpoint() + "?filter=" + filter("userName", userName), null);
            if (byUserName != null && byUserName.ok()) {
                for (JsonNode resource : resources(byUserName)) {
                    return "userName " + userName + " is taken at the supplier by Users/" + resource.path("id").asString("?")
                            + " (externalId " + resource.path("externalId").asString("none") + ", "
                            + resource.path("displayName").asString("no name") + "); this person is not sent until that is resolved";
                }
            }
        }
        return "The supplier refused the POST with 409 (" + detail(refused)
                + ") but holds nothing with this externalId or userName; nothing was overwritten";
    }

    private static String filter(String attribute, String value) {
        String expression = attribute + " eq \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<JsonNode> resources(Answer answer) {
        List<JsonNode> list = new ArrayList<>();
        try {
            JSON.readTree(answer.body()).path("Resources").forEach(list::add);
        } catch (JacksonException | IllegalArgumentException e) {
            // not a list response: treated as holding nothing
        }
        return list;
    }

    private static String userName(DesiredObject object) {
        try {
            return JSON.readTree(object.json()).path("userName").asString(null);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String detail(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            String scimType = body.path("scimType").asString(null);
            String detail = body.path("detail").asString(null);
            if (scimType != null || detail != null) {
                return (scimType == null ? "" : "scimType " + scimType + ": ") + (detail == null ? "" : detail);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // not JSON: the body as it came
        }
        String body = answer.body() == null ? "" : answer.body();
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    private Result delete(Context c, SentObject object) throws InterruptedException {
        Answer answer = send(c, "DELETE", object.key().path(), null);
        if (answer.ok() || answer.status() == 404) {
            c.recorder().add(new SentState.Deleted(object, answer.status(), clock.instant()));
            return Result.DONE;
        }
        c.recorder().add(new SentState.NotSent(object.key(), object.personId(), "DELETE", answer.status(), answer.body(), clock.instant()));
        return Result.FAILED;
    }

    private Answer send(Context c, String method, String path, String body) throws InterruptedException {
        Answer answer = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                Thread.sleep(backoffMillis << (attempt - 1));
            }
            c.throttle().acquire();
            try {
                answer = c.scim().send(method, path, body);
            } finally {
                c.throttle().release();
            }
            if (!answer.transientFailure()) {
                return answer;
            }
        }
        return answer;
    }

    /** Collects outcomes and writes them in batches, each batch in one transaction with its audit entries. */
    private final class Recorder {
        private final Supplier supplier;
        private final SyncRun run;
        private List<SentState.Outcome> pending = new ArrayList<>();

        Recorder(Supplier supplier, SyncRun run) {
            this.supplier = supplier;
            this.run = run;
        }

        void add(SentState.Outcome outcome) {
            List<SentState.Outcome> full = null;
            synchronized (this) {
                pending.add(outcome);
                if (pending.size() >= batchSize) {
                    full = pending;
                    pending = new ArrayList<>(batchSize);
                }
            }
            if (full != null) {
                write(full);
            }
        }

        void flush() {
            List<SentState.Outcome> rest;
            synchronized (this) {
                rest = pending;
                pending = new ArrayList<>(batchSize);
            }
            if (!rest.isEmpty()) {
                write(rest);
            }
        }

        private void write(List<SentState.Outcome> outcomes) {
            List<AuditLog.Entry> entries = new ArrayList<>();
            for (SentState.Outcome outcome : outcomes) {
                if (outcome instanceof SentState.Sent sent) {
                    entry(entries, sent.object().key(), sent.object().personId(), sent.operation());
                } else if (outcome instanceof SentState.Deleted deleted) {
                    entry(entries, deleted.object().key(), deleted.object().personId(), "DELETE");
                }
            }
            transactions.executeWithoutResult(tx -> {
                state.record(supplier.getOrganisationId(), supplier.getId(), run.getId(), outcomes);
                audit.recordAllWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, "egil", supplier.getOrganisationId(), "egil.person",
                        supplier.getOrganisationId(), entries);
            });
        }

        private void entry(List<AuditLog.Entry> entries, ObjectKey key, UUID personId, String method) {
            if (key.type().personal() && personId != null) {
                entries.add(new AuditLog.Entry(personId, method + " " + key.type().endpoint() + " to supplier " + supplier.getName()
                        + " (run " + run.getId() + ")"));
            }
        }
    }

    /** Counts what is done and writes it to the run now and then, for the progress bar. */
    private final class Progress {
        private final long runId;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger waiting = new AtomicInteger();
        private long lastFlush = System.nanoTime();

        Progress(long runId) {
            this.runId = runId;
        }

        void count(Result result) {
            (result == Result.DONE ? done : result == Result.FAILED ? failed : waiting).incrementAndGet();
            if (System.nanoTime() - lastFlush > 500_000_000L) {
                flush();
            }
        }

        void flush() {
            lastFlush = System.nanoTime();
            runs.progress(runId, done.get(), failed.get(), waiting.get());
        }
    }
}
