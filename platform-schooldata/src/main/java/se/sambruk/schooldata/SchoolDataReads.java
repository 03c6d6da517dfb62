package se.sambruk.schooldata;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;

/**
 * Reads a service's school data through its stored connection, all or nothing: everything is read
 * first ({@link SchoolDataUse#gather}); only a read without a single problem is applied
 * ({@link SchoolDataUse#apply}). The API's error (401, 5xx), a timeout, an answer that is not SS 12000
 * or one object that cannot be read changes nothing, and the run (in {@code schooldata.run}) and the
 * outcome say why. One read per organisation and service at a time, on one node (the core's
 * {@link ClusterJobs}); every read is audited as {@code PERSONAL_DATA_CHANGED} on {@code <service>.ss12000}.
 */
@Service
public class SchoolDataReads {

    private static final Logger log = LoggerFactory.getLogger(SchoolDataReads.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int MAX_PROBLEMS = 20;
    /** A read of changes starts this long before the last complete read began, so that a change written during that read is not missed. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    /** What one read did (the service's figures); when not ok, nothing changed and {@code message} (and the problems) say why. */
    public record Outcome(boolean ok, int read, Map<String, Integer> figures, String message, List<String> problems) implements Serializable {
        public Outcome {
            figures = Map.copyOf(figures);
            problems = List.copyOf(problems);
        }

        static Outcome failed(int read, String message, List<String> problems) {
            return new Outcome(false, read, Map.of(), message, problems);
        }

        public int figure(String name) {
            return figures.getOrDefault(name, 0);
        }
    }

    /** A test of a connection: whether the API gave a token and answered, or why not. */
    public record Test(boolean ok, String message) implements Serializable {
    }

    private final SchoolDataConnections connections;
    private final OutgoingUrls outgoing;
    private final ClusterJobs jobs;
    private final AuditLog audit;
    private final Clock clock;

    SchoolDataReads(SchoolDataConnections connections, OutgoingUrls outgoing, ClusterJobs jobs, AuditLog audit, Clock clock) {
        this.connections = connections;
        this.outgoing = outgoing;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads now, unless a read of the organisation's data for the service is running (then that is
     * the outcome). A service that {@linkplain SchoolDataUse#readsChanges() reads changes} gets only
     * what changed and what was deleted since the last complete read began (less {@link #OVERLAP});
     * the first read, and every read of a service that does not, is complete.
     */
    public Outcome readNow(SchoolDataUse<?> use, long organisationId, String trigger, String byWhom) {
        return readAlone(use, organisationId, trigger, byWhom, false);
    }

    /** Reads everything now, whatever was read before (on demand: "read everything again"). */
    public Outcome readFull(SchoolDataUse<?> use, long organisationId, String trigger, String byWhom) {
        return readAlone(use, organisationId, trigger, byWhom, true);
    }

    private Outcome readAlone(SchoolDataUse<?> use, long organisationId, String trigger, String byWhom, boolean full) {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        boolean ran = jobs.runAlone(use.connection() + "-ss12000-" + organisationId,
                () -> outcome.set(read(use, organisationId, trigger, byWhom, full)));
        return ran ? outcome.get() : Outcome.failed(0, "En läsning av skoldatat pågår redan. Vänta tills den är klar.", List.of());
    }

    /** The nightly read, on one node: every organisation whose connection to the service is set to it. */
    public void readNightly(SchoolDataUse<?> use) {
        jobs.runAlone(use.service() + "-ss12000-nightly", () -> {
            for (long organisation : connections.nightly(use.service())) {
                Outcome outcome = readNow(use, organisation, "NIGHTLY", "nattlig läsning");
                log.info("{}: SS 12000 read for organisation {}: {}", use.service(), organisation, outcome.ok() ? "ok" : outcome.message());
            }
        });
    }

    /** Tests the stored connection: a token and one object of the API, nothing read into the service. */
    public Test test(SchoolDataUse<?> use, long organisationId) {
        Optional<SchoolDataConnections.Connection> found = connections.find(use.connection(), organisationId);
        if (found.isEmpty()) {
            return new Test(false, "Ingen anslutning till skoldatat är sparad.");
        }
        try {
            client(use, found.get()).check();
            return new Test(true, "Anslutningen fungerar: API:et gav en token och svarade.");
        } catch (SecretUnreadable e) {
            return new Test(false, e.getMessage());
        } catch (RuntimeException e) {
            return new Test(false, "Anslutningen fungerar inte: " + RemoteAnswers.reason(e));
        }
    }

    private Outcome read(SchoolDataUse<?> use, long organisationId, String trigger, String byWhom, boolean full) {
        Instant started = clock.instant();
        Outcome outcome = attempt(use, organisationId, full);
        if (outcome.ok()) {
            connections.readComplete(use.connection(), organisationId, started);
        }
        connections.record(use.connection(), organisationId, started, clock.instant(), trigger, byWhom, outcome);
        String detail = outcome.ok()
                ? "SS 12000 read: " + outcome.read() + " records read; " + outcome.figures()
                : "SS 12000 read changed nothing: " + outcome.message();
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, byWhom, organisationId, use.service() + ".ss12000", null, organisationId, detail);
        return outcome;
    }

    private Outcome attempt(SchoolDataUse<?> use, long organisationId, boolean full) {
        Optional<SchoolDataConnections.Connection> found = connections.find(use.connection(), organisationId);
        if (found.isEmpty()) {
            return Outcome.failed(0, "Ingen anslutning till skoldatat är sparad.", List.of());
        }
        Ss12000Client client;
        try {
            client = client(use, found.get());
        } catch (SecretUnreadable e) {
            return Outcome.failed(0, e.getMessage(), List.of());
        }
        Instant changesAfter = full || !use.readsChanges() || found.get().changesAfter() == null ? null
                : found.get().changesAfter().minus(OVERLAP);
        return readAllOrNothing(use, client, organisationId, LocalDate.now(clock.withZone(SWEDEN)), changesAfter);
    }

    /** The read itself: gather (everything, or the changes after the instant when given), and apply only when nothing went wrong. */
    static <T> Outcome readAllOrNothing(SchoolDataUse<T> use, Ss12000Client client, long organisationId, LocalDate today, Instant changesAfter) {
        SchoolDataUse.Gathered<T> gathered;
        try {
            gathered = changesAfter == null ? use.gather(client, organisationId, today)
                    : use.gatherChanges(client, organisationId, today, changesAfter);
        } catch (RuntimeException e) {
            return Outcome.failed(0, "Skoldatat gick inte att läsa: " + RemoteAnswers.reason(e) + " Ingenting ändrades.", List.of());
        }
        List<String> problems = gathered.problems();
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            return Outcome.failed(gathered.read(), problems.size() + " " + use.objectsNoun() + " i skoldatat gick inte att läsa. Ingenting ändrades.",
                    shown);
        }
        Map<String, Integer> figures = use.apply(organisationId, gathered.records());
        return new Outcome(true, gathered.read(), figures, null, List.of());
    }

    private Ss12000Client client(SchoolDataUse<?> use, SchoolDataConnections.Connection connection) {
        String secret;
        try {
            secret = connections.secret(use, connection);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new SecretUnreadable("Den sparade klienthemligheten går inte att öppna (" + use.keySetting() + " saknas eller har bytts). "
                    + "Spara anslutningen med hemligheten igen.");
        }
        return new Ss12000Client(connection.baseUrl(), connection.tokenUrl(), connection.clientId(), secret, connection.scope(), outgoing,
                Duration.ofSeconds(10), use.readTimeout());
    }

    private static final class SecretUnreadable extends RuntimeException {
        SecretUnreadable(String message) {
            super(message);
        }
    }
}
