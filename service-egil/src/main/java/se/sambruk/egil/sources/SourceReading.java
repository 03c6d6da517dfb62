package se.sambruk.egil.sources;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.egil.secrets.SecretBox;
import se.sambruk.egil.sync.UserNameClashes;
import se.sambruk.schooldata.SchoolDataConnectionForm;
import se.sambruk.schooldata.SchoolDataConnections;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.SchoolDataReads;
import se.sambruk.schooldata.SchoolRecords.Problem;

/**
 * Reads a source into EGIL's copy of the school data: in full, by changes, or from a CSV upload. An
 * API source is read through platform-schooldata's stored connection ({@link SourceConnection}, key
 * {@code egil/<id>}): the reads are its runs, audited, one at a time per source, and a read of changes
 * asks for what changed and was deleted since the last complete read began.
 */
@Service
public class SourceReading {

    private static final Logger log = LoggerFactory.getLogger(SourceReading.class);

    public record Outcome(int objects, int deleted, List<Problem> problems) {
        String summary() {
            return objects + " objects, " + deleted + " deleted, " + problems.size() + " problems";
        }
    }

    /** A read of an API source that changed nothing; the message is safe to show (never the peer's body). */
    public static final class ReadFailed extends RuntimeException {
        ReadFailed(String message) {
            super(message);
        }
    }

    private final Sources sources;
    private final SchoolDataStore store;
    private final SecretBox secrets;
    private final Clock clock;
    private final SchoolDataConnections connections;
    private final SchoolDataReads reads;
    private final TransactionTemplate transaction;

    SourceReading(Sources sources, SchoolDataStore store, SecretBox secrets, Clock clock, SchoolDataConnections connections, SchoolDataReads reads,
                  PlatformTransactionManager transactions) {
        this.sources = sources;
        this.store = store;
        this.secrets = secrets;
        this.clock = clock;
        this.connections = connections;
        this.reads = reads;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Reads everything; what the source no longer has is gone from EGIL's copy too. */
    public Outcome readFull(Source source) {
        return read(source, true, "MANUAL", "egil");
    }

    /** Reads what changed and what was deleted since the last complete read; a source never read is read in full. */
    public Outcome readChanges(Source source) {
        return read(source, false, "MANUAL", "egil");
    }

    /**
     * Reads the API source (in full, or its changes) as the trigger ({@code MANUAL}, {@code NIGHTLY},
     * {@code WEBHOOK}) and the person or job named.
     *
     * @throws ReadFailed when the read changed nothing (the API's error, a timeout, no connection)
     */
    public Outcome read(Source source, boolean full, String trigger, String byWhom) {
        SourceConnection use = use(source);
        SchoolDataReads.Outcome outcome = full ? reads.readFull(use, source.getOrganisationId(), trigger, byWhom)
                : reads.readNow(use, source.getOrganisationId(), trigger, byWhom);
        if (!outcome.ok()) {
            throw new ReadFailed(outcome.message());
        }
        SchoolDataReader.Read read = use.last().read();
        return new Outcome(read.records().size(), read.deletedCount(), read.problems());
    }

    /** A CSV upload replaces what the source gave before; bad rows are reported and left out. */
    @Transactional
    public Outcome importCsv(Source source, byte[] csv) {
        Instant started = clock.instant();
        SchoolDataReader.Read read = checked(SchoolDataReader.readCsv(csv));
        store.replace(source.getOrganisationId(), source.getId(), read.records(), read.problems(), started);
        Outcome outcome = new Outcome(read.records().size(), 0, read.problems());
        finish(source, "CSV: " + outcome.summary());
        return outcome;
    }

    /** The API source's stored connection, if it has one. */
    public Optional<SchoolDataConnections.Connection> connection(Source source) {
        return connections.find(SourceConnection.key(source.getId()), source.getOrganisationId());
    }

    /** The API source's last reads, newest first. */
    public List<SchoolDataConnections.Run> runs(Source source, int limit) {
        return connections.runs(SourceConnection.key(source.getId()), source.getOrganisationId(), limit);
    }

    /** Saves the API source's connection (checked as platform-schooldata checks it); false: the reasons are in {@code errors}. */
    public boolean saveConnection(Source source, SchoolDataConnectionForm form, Errors errors, String by) {
        return connections.save(use(source), source.getOrganisationId(), form, errors, by);
    }

    /**
     * A new source; an API source with its connection, saved together or not at all.
     *
     * @return the source, or empty when the connection's checks failed (the reasons are in {@code errors})
     */
    public Optional<Source> create(long organisationId, String name, Source.Kind kind, SchoolDataConnectionForm form, Errors errors, String by) {
        if (kind == Source.Kind.SS12000 && errors.hasErrors()) {
            saveConnection(new Source(organisationId, name, kind), form, errors, by); // adds the connection's reasons; saves nothing
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.execute(status -> {
            Source source = sources.save(new Source(organisationId, name, kind));
            if (kind == Source.Kind.SS12000 && !saveConnection(source, form, errors, by)) {
                status.setRollbackOnly();
                return null;
            }
            return source;
        }));
    }

    /** Tests the API source's connection: a token and one organisation, nothing read. */
    public SchoolDataReads.Test test(Source source) {
        return reads.test(use(source), source.getOrganisationId());
    }

    /** Whether EGIL can seal client secrets ({@code sambruk.egil.secret-key} is set). */
    public boolean secretsConfigured() {
        return secrets.configured();
    }

    private SourceConnection use(Source source) {
        if (source.getKind() != Source.Kind.SS12000) {
            throw new IllegalStateException("Source " + source.getId() + " takes CSV uploads; it has no API to read");
        }
        return new SourceConnection(source, secrets.sealingKey(), this::apply);
    }

    /** Applies one read of an API source in one transaction: EGIL's copy and the source's summary. */
    private Map<String, Integer> apply(Source source, SourceConnection.Gather gathered) {
        SchoolDataReader.Read read = gathered.read();
        Instant at = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (gathered.full()) {
                store.replace(source.getOrganisationId(), source.getId(), read.records(), read.problems(), at);
            } else {
                store.apply(source.getOrganisationId(), source.getId(), read.records(), read.deleted(), read.problems(), at);
            }
            Outcome outcome = new Outcome(read.records().size(), read.deletedCount(), read.problems());
            finish(sources.findById(source.getId()).orElse(source), (gathered.full() ? "Full read: " : "Changes: ") + outcome.summary());
        });
        return Map.of("objects", read.records().size(), "deleted", read.deletedCount(), "problems", read.problems().size());
    }

    /** Adds the source check for SCIM's uniqueness: people who share a userName (eppn) are named. */
    static SchoolDataReader.Read checked(SchoolDataReader.Read read) {
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(UserNameClashes.inSource(read.records()));
        return new SchoolDataReader.Read(read.records(), read.deleted(), problems);
    }

    private void finish(Source source, String summary) {
        source.readDone(clock.instant(), summary);
        sources.save(source);
        log.info("EGIL source {} of organisation {}: {}", source.getId(), source.getOrganisationId(), summary);
    }
}
