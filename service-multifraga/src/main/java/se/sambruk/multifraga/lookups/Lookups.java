package se.sambruk.multifraga.lookups;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Municipalities;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.residents.Residents;
import se.sambruk.multifraga.sources.AgencySource;
import se.sambruk.multifraga.sources.SourceAnswer;
import se.sambruk.multifraga.sources.SourceQuestion;
import se.sambruk.multifraga.sources.AgencySources;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a look-up and asks every chosen source about every person of the household at once, on
 * a pool of {@code sambruk.multifraga.threads} threads, each question under its source's timeout.
 * Each answer is sealed and stored as it arrives, so the page fills in; a slow or failing source
 * is stored as such and hides nothing else. The look-up row is the log: it is audited with its
 * purpose and law when made, and each opening of its answers is audited again.
 */
@Service
public class Lookups {

    private static final Logger log = LoggerFactory.getLogger(Lookups.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AgencySources sources;
    private final ResultBox box;
    private final AuditLog audit;
    private final Municipalities municipalities;
    private final Residents residents;
    private final Environment environment;
    private final ExecutorService executor;
    private final TransactionTemplate transactions;

    public Lookups(JdbcClient jdbc, AgencySources sources, ResultBox box, AuditLog audit, Municipalities municipalities, Residents residents,
                   Environment environment, PlatformTransactionManager transactionManager,
                   @Value("${sambruk.multifraga.threads:64}") int threads) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.sources = sources;
        this.box = box;
        this.audit = audit;
        this.municipalities = municipalities;
        this.residents = residents;
        this.environment = environment;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "multifraga-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The organisation as SSBTEK's ingivare: {@code sambruk.multifraga.ingivare.<kommunkod>=<12 digits>;<name>}. */
    public Optional<String[]> ingivare(long organisationId) {
        return municipalities.kommunkod(organisationId)
                .map(code -> environment.getProperty("sambruk.multifraga.ingivare." + code))
                .filter(v -> v != null && v.contains(";"))
                .map(v -> v.split(";", 2));
    }

    /** Logs and audits the look-up, then starts asking; returns the look-up's id at once. */
    public long start(CurrentUser user, LookupRequest request) {
        return start(user, request, ingivare(user.organisationId())
                .orElseThrow(() -> new IllegalStateException("No SSBTEK ingivare configured for the organisation")));
    }

    /**
     * As {@link #start(CurrentUser, LookupRequest)} with the organisation's ingivare already read
     * ({@link #ingivare}; the form checks it before it starts the look-up, so it is read once per
     * request, not again here).
     */
    public long start(CurrentUser user, LookupRequest request, String[] ingivare) {
        return start(user.organisationId(), user.name(), user.userId(), null, request, ingivare);
    }

    /**
     * A look-up made by the service itself for the organisation, not by a caseworker (e-Ansökan's
     * look-up when an application is submitted): logged with {@code actor} as its caseworker,
     * audited with {@code actor} and the organisation, asked as every other look-up. Only the
     * sources of report type household are asked.
     */
    public long startAutomatic(long organisationId, String actor, LookupRequest request) {
        return start(organisationId, actor, null, actor, request, ingivare(organisationId)
                .orElseThrow(() -> new IllegalStateException("No SSBTEK ingivare configured for the organisation")));
    }

    /** The sources of report type household: what a look-up without a caseworker asks. */
    public List<String> householdSources() {
        return sources.all().stream().filter(s -> sources.reportType(s.code()) == se.sambruk.multifraga.sources.ReportType.HOUSEHOLD)
                .map(AgencySource::code).toList();
    }

    private long start(long organisationId, String caseworker, Long caseworkerUserId, String auditActor, LookupRequest request,
                       String[] ingivare) {
        List<String> numbers = request.persons().stream().map(PersonalIdentityNumber::value).toList();
        String masked = String.join(",", request.persons().stream().map(PersonalIdentityNumber::masked).toList());
        // One transaction, so the log, its answers' rows and the audit entry are kept together or not at all (and the request
        // holds one connection, not one per statement); the questions go out after it commits, so every answer finds its row.
        long id = transactions.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into multifraga.lookup (organisation_id, case_id, persons_sealed, persons_masked, person_count, period_from, period_to,
                        sources, purpose, law, caseworker, caseworker_user_id)
                    values (:org, :caseId, '', :masked, :count, :from, :to, :sources, :purpose, :law, :caseworker, :userId)""")
                    .param("org", organisationId).param("caseId", request.caseId()).param("masked", masked)
                    .param("count", numbers.size()).param("from", request.from()).param("to", request.to())
                    .param("sources", String.join(",", request.sources())).param("purpose", request.purpose()).param("law", request.law())
                    .param("caseworker", caseworker).param("userId", caseworkerUserId)
                    .update(key, "id");
            long created = key.getKey().longValue();
            boolean protectedIdentity = request.persons().stream().anyMatch(residents::hasProtectedIdentity);
            jdbc.sql("update multifraga.lookup set persons_sealed = :sealed, protected_identity = :protected where id = :id")
                    .param("sealed", box.seal("lookup:" + created + ":persons", JSON.writeValueAsString(numbers)))
                    .param("protected", protectedIdentity).param("id", created).update();
            jdbc.sql("""
                    insert into multifraga.answer (lookup_id, person_index, source, state)
                    select :id, p, s, 'PENDING' from generate_series(0, :n - 1) p, unnest(string_to_array(:sources, ',')) s""")
                    .param("id", created).param("n", numbers.size()).param("sources", String.join(",", request.sources())).update();
            String detail = "ärende " + request.caseId() + "; syfte: " + request.purpose() + "; lagtext: " + request.law()
                    + "; källor: " + String.join(",", request.sources()) + "; personer: " + masked;
            // the caseworker's own look-up is audited as theirs; the service's (e-Ansökan) with its actor
            audit.recordWithinTransaction(se.sambruk.core.AuditAction.PERSONAL_DATA_READ, auditActor == null ? caseworker : auditActor,
                    organisationId, "multifraga.lookup", created, organisationId, detail);
            return created;
        });
        String correlation = UUID.randomUUID().toString();
        for (int i = 0; i < numbers.size(); i++) {
            for (String code : request.sources()) {
                AgencySource source = sources.find(code).orElseThrow();
                SourceQuestion question = new SourceQuestion(ingivare[0], ingivare[1], caseworker, numbers.get(i), request.caseId(),
                        request.from(), request.to(), request.purpose(), request.law(), correlation, organisationId);
                ask(id, i, source, question);
            }
        }
        return id;
    }

    private void ask(long id, int person, AgencySource source, SourceQuestion question) {
        Duration timeout = sources.timeout(source.code());
        long started = System.nanoTime();
        CompletableFuture.supplyAsync(() -> {
                    try {
                        return source.ask(question);
                    } catch (java.net.http.HttpTimeoutException e) {
                        return new SourceAnswer(SourceAnswer.State.TIMED_OUT, "Inget svar inom " + timeout.toSeconds() + " s", List.of());
                    } catch (Exception e) {
                        log.info(failure(id, source.code(), e));
                        return new SourceAnswer(SourceAnswer.State.FAILED, "Källan gick inte att nå", List.of());
                    }
                }, executor)
                .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(e -> e instanceof TimeoutException || e.getCause() instanceof TimeoutException
                        ? new SourceAnswer(SourceAnswer.State.TIMED_OUT, "Inget svar inom " + timeout.toSeconds() + " s", List.of())
                        : new SourceAnswer(SourceAnswer.State.FAILED, "Källan gick inte att nå", List.of()))
                .thenAccept(answer -> store(id, person, source.code(), answer, (int) ((System.nanoTime() - started) / 1_000_000)));
    }

    /**
     * The log line of a failed question: the look-up, the source and the kind of failure (the
     * exception's class and its causes' classes), never a message: an exception's message may
     * hold the agency's answer or the request, and with them a personnummer (the schema's
     * complaint about a value quotes the value).
     */
    static String failure(long lookupId, String source, Throwable e) {
        StringBuilder kind = new StringBuilder(e.getClass().getSimpleName());
        java.util.Set<Throwable> seen = new java.util.HashSet<>(List.of(e));
        for (Throwable cause = e.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            kind.append(" <- ").append(cause.getClass().getSimpleName());
        }
        return "Multifråga: look-up " + lookupId + ", source " + source + " failed: " + kind;
    }

    private void store(long id, int person, String source, SourceAnswer answer, int millis) {
        try {
            String sealed = box.seal("lookup:" + id + ":" + person + ":" + source,
                    JSON.writeValueAsString(new Sealed(answer.facts(), answer.incomes(), answer.protectedIdentity())));
            if (answer.protectedIdentity()) {
                // Flagged before the answer becomes visible: a reader that sees the answer sees the flag ({@link #protectedPersons(Lookup)}).
                jdbc.sql("update multifraga.lookup set protected_identity = true where id = :id").param("id", id).update();
            }
            jdbc.sql("""
                    update multifraga.answer set state = :state, payload_sealed = :sealed, message = :message, duration_ms = :ms, answered_at = now()
                    where lookup_id = :id and person_index = :p and source = :s and state = 'PENDING'""")
                    .param("state", answer.state().name()).param("sealed", sealed)
                    .param("message", answer.message() == null ? null : answer.message().substring(0, Math.min(1000, answer.message().length())))
                    .param("ms", millis).param("id", id).param("p", person).param("s", source).update();
        } catch (RuntimeException e) {
            log.warn("Multifråga: the answer of {} for look-up {} could not be stored", source, id, e);
        }
    }

    /** A look-up of the organisation, if there is one with that id. */
    public Optional<Lookup> find(long organisationId, long id) {
        return jdbc.sql("select * from multifraga.lookup where id = :id and organisation_id = :org")
                .param("id", id).param("org", organisationId).query(Lookups::lookup).optional();
    }

    public List<Lookup> recent(long organisationId, int limit) {
        return jdbc.sql("select * from multifraga.lookup where organisation_id = :org order by asked_at desc, id desc limit :limit")
                .param("org", organisationId).param("limit", limit).query(Lookups::lookup).list();
    }

    /** The answers of a look-up, opened; only for a look-up already found in the user's organisation. */
    public List<AnswerRow> answers(Lookup lookup) {
        return jdbc.sql("select * from multifraga.answer where lookup_id = :id order by person_index, source")
                .param("id", lookup.id()).query((rs, n) -> row(lookup, rs)).list();
    }

    /**
     * The look-up's answers named by {@code keys} ({@code <person>-<source>}), those that have
     * arrived opened; keys the look-up does not have are left out. For the page's one request
     * for all its pending answers.
     */
    public List<AnswerRow> answers(Lookup lookup, java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from multifraga.answer where lookup_id = :id and (person_index || '-' || source) in (:keys)
                        order by person_index, source""")
                .param("id", lookup.id()).param("keys", List.copyOf(keys)).query((rs, n) -> row(lookup, rs)).list();
    }

    public Optional<AnswerRow> answer(Lookup lookup, int person, String source) {
        return jdbc.sql("select * from multifraga.answer where lookup_id = :id and person_index = :p and source = :s")
                .param("id", lookup.id()).param("p", person).param("s", source).query((rs, n) -> row(lookup, rs)).optional();
    }

    private AnswerRow row(Lookup lookup, java.sql.ResultSet rs) throws java.sql.SQLException {
        int person = rs.getInt("person_index");
        String source = rs.getString("source");
        SourceAnswer.State state = SourceAnswer.State.valueOf(rs.getString("state"));
        Sealed opened = new Sealed(List.of(), List.of(), false);
        String sealed = rs.getString("payload_sealed");
        if (sealed != null) {
            String plain = box.open("lookup:" + lookup.id() + ":" + person + ":" + source, sealed);
            opened = plain.startsWith("[")
                    ? new Sealed(JSON.readValue(plain, new TypeReference<List<SourceAnswer.Fact>>() {
                    }), List.of(), false)
                    : JSON.readValue(plain, Sealed.class);
        }
        Integer ms = (Integer) rs.getObject("duration_ms");
        String name = sources.find(source).map(AgencySource::name).orElse(source);
        String masked = person < lookup.personsMasked().size() ? lookup.personsMasked().get(person) : "?";
        return new AnswerRow(person, masked, source, name, new SourceAnswer(state, rs.getString("message"), opened.facts(), opened.incomes(),
                opened.protectedIdentity()), ms);
    }

    /** What is sealed per answer: the facts, the payments, the protected-identity signal (older answers hold only the facts, as a list). */
    record Sealed(List<SourceAnswer.Fact> facts, List<se.sambruk.multifraga.sources.Income> incomes, boolean protectedIdentity) {
    }

    private static Lookup lookup(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Lookup(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("case_id"),
                Arrays.asList(rs.getString("persons_masked").split(",")), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), Arrays.asList(rs.getString("sources").split(",")), rs.getString("purpose"),
                rs.getString("law"), rs.getString("caseworker"), rs.getObject("asked_at", OffsetDateTime.class),
                rs.getObject("results_deleted_at", OffsetDateTime.class), rs.getBoolean("protected_identity"));
    }

    /** The household's full numbers, opened; only for a look-up already found in the user's organisation. */
    public List<PersonalIdentityNumber> numbers(Lookup lookup) {
        String sealed = jdbc.sql("select persons_sealed from multifraga.lookup where id = :id").param("id", lookup.id()).query(String.class).single();
        List<String> numbers = JSON.readValue(box.open("lookup:" + lookup.id() + ":persons", sealed), new TypeReference<List<String>>() {
        });
        return numbers.stream().map(PersonalIdentityNumber::new).toList();
    }

    /**
     * The persons of the look-up with protected identity: an answer said so (Arbetsförmedlingen's
     * sekretessmarkering, CSN's sekretess, LEFI's skyddad), or a municipality marked the person in
     * the core ({@link Residents#hasProtectedIdentity}).
     */
    public java.util.Set<Integer> protectedPersons(Lookup lookup, List<AnswerRow> rows) {
        java.util.Set<Integer> flagged = new java.util.TreeSet<>();
        rows.stream().filter(r -> r.answer().protectedIdentity()).forEach(r -> flagged.add(r.personIndex()));
        List<PersonalIdentityNumber> numbers = numbers(lookup);
        for (int i = 0; i < numbers.size(); i++) {
            if (residents.hasProtectedIdentity(numbers.get(i))) {
                flagged.add(i);
            }
        }
        return flagged;
    }

    /**
     * The persons of the look-up with protected identity, without opening every answer: the
     * answers are opened only when the look-up is flagged (an answer that signals protected
     * identity flags the look-up before it is stored, and the flag is read afresh here); the
     * core's marks are checked always. For one answer's fragment, which a browser asks for every
     * 0.7 s while the answer is pending.
     */
    public java.util.Set<Integer> protectedPersons(Lookup lookup) {
        boolean flagged = jdbc.sql("select protected_identity from multifraga.lookup where id = :id").param("id", lookup.id())
                .query(Boolean.class).single();
        if (flagged) {
            return protectedPersons(lookup, answers(lookup));
        }
        return protectedPersons(lookup, List.of());
    }

    /** The answers as this caseworker may see them ({@link Disclosure}). */
    public List<AnswerRow> shown(List<AnswerRow> rows, CurrentUser user, java.util.Set<Integer> protectedPersons) {
        return rows.stream().map(r -> Disclosure.shown(r, user::hasRole, sources.reportType(r.source()), protectedPersons)).toList();
    }

    /** The sources this caseworker's report types allow. */
    public List<AgencySource> sourcesFor(CurrentUser user) {
        return sources.all().stream().filter(s -> user.hasRole(sources.reportType(s.code()).role())).toList();
    }

    /** The chosen sources this caseworker's report types do not allow. */
    public List<String> notGranted(CurrentUser user, List<String> codes) {
        return codes.stream().filter(c -> sources.find(c).isPresent() && !user.hasRole(sources.reportType(c).role())).toList();
    }

    /** For the list of sources on the form. */
    public List<AgencySource> sources() {
        return sources.all();
    }

    public List<String> unknownSources(List<String> codes) {
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (sources.find(code).isEmpty()) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    public int maxMonths(List<String> codes) {
        return codes.stream().map(sources::find).flatMap(Optional::stream).mapToInt(AgencySource::maxMonths).min().orElse(24);
    }
}
