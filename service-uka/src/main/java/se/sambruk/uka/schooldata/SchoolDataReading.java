package se.sambruk.uka.schooldata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Municipalities;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import se.sambruk.schooldata.BadObjectException;
import se.sambruk.schooldata.SchoolObjectKind;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.schooldata.Ss12000Client;
import se.sambruk.schooldata.Ss12000Mapper;
import se.sambruk.uka.people.Register;

/**
 * Reads the persons (with their enrolments) of the municipality's SS 12000 API through
 * platform-schooldata's client and applies them to the register ({@link SchoolDataFacts},
 * {@link Register#importSchoolData}). Everything is read first; only a read without a single
 * problem changes the register, in one transaction: a peer's error, a timeout, an answer that
 * is not SS 12000 or one person that cannot be read changes nothing, and the run says why.
 * One read per municipality at a time, on one node ({@code ClusterJobs}); at night
 * ({@code sambruk.uka.ss12000-cron}) for the connections set to it.
 */
@Service
public class SchoolDataReading {

    public static final String SOURCE = "skoldata SS 12000";
    private static final Logger log = LoggerFactory.getLogger(SchoolDataReading.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int MAX_PROBLEMS = 20;

    /** What one read did; when not ok, nothing changed and {@code message} (and the problems) say why. */
    public record Outcome(boolean ok, int personsRead, int added, int updated, int started, int ended, String message, List<String> problems)
            implements java.io.Serializable {
        static Outcome failed(int read, String message, List<String> problems) {
            return new Outcome(false, read, 0, 0, 0, 0, message, List.copyOf(problems));
        }
    }

    private final SchoolDataConnections connections;
    private final Register register;
    private final OutgoingUrls outgoing;
    private final Municipalities municipalities;
    private final ClusterJobs jobs;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration timeout;

    SchoolDataReading(SchoolDataConnections connections, Register register, OutgoingUrls outgoing, Municipalities municipalities,
                      ClusterJobs jobs, AuditLog audit, Clock clock, @Value("${sambruk.uka.ss12000-timeout:PT60S}") Duration timeout) {
        this.connections = connections;
        this.register = register;
        this.outgoing = outgoing;
        this.municipalities = municipalities;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Reads now, unless a read of the municipality is running (then that is the outcome). */
    public Outcome readNow(long organisationId, String trigger, String byWhom) {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        boolean ran = jobs.runAlone("uka-ss12000-" + organisationId, () -> outcome.set(read(organisationId, trigger, byWhom)));
        return ran ? outcome.get() : Outcome.failed(0, "En läsning av skoldatat pågår redan. Vänta tills den är klar.", List.of());
    }

    /** Every night, on one node: the municipalities whose connection is set to it are read. */
    @Scheduled(cron = "${sambruk.uka.ss12000-cron:0 45 0 * * *}")
    public void readNightly() {
        jobs.runAlone("uka-ss12000-nightly", () -> {
            for (long organisation : connections.nightly()) {
                Outcome outcome = readNow(organisation, "NIGHTLY", "nattlig läsning");
                log.info("UKA: SS 12000 read for organisation {}: {}", organisation, outcome.ok() ? "ok" : outcome.message());
            }
        });
    }

    private Outcome read(long organisationId, String trigger, String byWhom) {
        Instant started = clock.instant();
        Outcome outcome = attempt(organisationId);
        connections.record(organisationId, started, clock.instant(), trigger, byWhom, outcome.ok(), outcome.personsRead(), outcome.added(),
                outcome.updated(), outcome.started(), outcome.ended(), outcome.message(), outcome.problems());
        String detail = outcome.ok()
                ? "SS 12000 read: " + outcome.personsRead() + " persons read, " + outcome.added() + " added, " + outcome.updated() + " updated, "
                + outcome.started() + " started and " + outcome.ended() + " ended coverage"
                : "SS 12000 read changed nothing: " + outcome.message();
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, byWhom, organisationId, "uka.ss12000", null, organisationId, detail);
        return outcome;
    }

    private Outcome attempt(long organisationId) {
        Optional<SchoolDataConnections.Connection> found = connections.find(organisationId);
        if (found.isEmpty()) {
            return Outcome.failed(0, "Ingen anslutning till skoldatat är sparad.", List.of());
        }
        SchoolDataConnections.Connection connection = found.get();
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        String kommunkod = municipalities.kommunkod(organisationId).orElse(null);
        List<SchoolDataFacts.Seen> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int[] read = {0};
        String secret;
        try {
            secret = connections.secret(connection);
        } catch (IllegalStateException e) {
            return Outcome.failed(0, "Den sparade klienthemligheten går inte att öppna (sambruk.uka.secret-key saknas eller har bytts). "
                    + "Spara anslutningen med hemligheten igen.", List.of());
        }
        try {
            Ss12000Client client = new Ss12000Client(connection.baseUrl(), connection.tokenUrl(), connection.clientId(),
                    secret, connection.scope(), outgoing, Duration.ofSeconds(10), timeout);
            Ss12000Mapper mapper = new Ss12000Mapper(today);
            client.readAll(SchoolObjectKind.PERSON, null, node -> {
                read[0]++;
                String id = node.path("id").asString("(utan id)");
                try {
                    Person person = (Person) mapper.map(SchoolObjectKind.PERSON, node);
                    SchoolDataFacts.of(person, SchoolDataFacts.registeredMunicipality(node), kommunkod, today).ifPresent(s -> {
                        if (numbers.add(s.personnummer().value())) {
                            seen.add(s);
                        } else {
                            problems.add("Person " + id + ": samma personnummer som en annan person i skoldatat");
                        }
                    });
                } catch (BadObjectException | SchoolDataFacts.BadPerson | ClassCastException e) {
                    problems.add("Person " + id + ": " + e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            return Outcome.failed(read[0], "Skoldatat gick inte att läsa: " + RemoteAnswers.reason(e) + " Ingenting ändrades.", List.of());
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            return Outcome.failed(read[0], problems.size() + " personer i skoldatat gick inte att läsa. Ingenting ändrades.", shown);
        }
        Register.ImportOutcome done = register.importSchoolData(organisationId, seen, SOURCE);
        return new Outcome(true, read[0], done.added(), done.updated(), done.started(), done.ended(), null, List.of());
    }
}
