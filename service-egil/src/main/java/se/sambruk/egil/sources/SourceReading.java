package se.sambruk.egil.sources;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.egil.secrets.SecretBox;
import se.sambruk.egil.sync.UserNameClashes;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.SchoolRecords.Problem;
import se.sambruk.schooldata.Ss12000Client;
import se.sambruk.core.http.OutgoingUrls;

/** Reads a source into EGIL's copy of the school data: in full, by changes, or from a CSV upload. */
@Service
public class SourceReading {

    static final String CLIENT_SECRET = "egil.source.client-secret";
    private static final Logger log = LoggerFactory.getLogger(SourceReading.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Reads start this far before the source's last read, so that a change written during a read is not missed. */
    private static final long OVERLAP_SECONDS = 60;

    public record Outcome(int objects, int deleted, List<Problem> problems) {
        String summary() {
            return objects + " objects, " + deleted + " deleted, " + problems.size() + " problems";
        }
    }

    private final Sources sources;
    private final SchoolDataStore store;
    private final SecretBox secrets;
    private final Clock clock;
    private final OutgoingUrls outgoing;

    SourceReading(Sources sources, SchoolDataStore store, SecretBox secrets, Clock clock, OutgoingUrls outgoing) {
        this.outgoing = outgoing;
        this.sources = sources;
        this.store = store;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Reads everything; what the source no longer has is gone from EGIL's copy too. */
    @Transactional
    public Outcome readFull(Source source) {
        Instant started = clock.instant();
        SchoolDataReader.Read read = checked(SchoolDataReader.readAll(client(source), today()));
        store.replace(source.getOrganisationId(), source.getId(), read.records(), read.problems(), started);
        Outcome outcome = new Outcome(read.records().size(), 0, read.problems());
        finish(source, started, "Full read: " + outcome.summary());
        return outcome;
    }

    /** Reads what changed and what was deleted since the last read; a source never read is read in full. */
    @Transactional
    public Outcome readChanges(Source source) {
        if (source.getModifiedCursor() == null) {
            return readFull(source);
        }
        Instant started = clock.instant();
        Instant after = source.getModifiedCursor().minusSeconds(OVERLAP_SECONDS);
        SchoolDataReader.Read read = SchoolDataReader.readChanges(client(source), after, today());
        store.apply(source.getOrganisationId(), source.getId(), read.records(), read.deleted(), read.problems(), started);
        Outcome outcome = new Outcome(read.records().size(), read.deletedCount(), read.problems());
        finish(source, started, "Changes: " + outcome.summary());
        return outcome;
    }

    /** A CSV upload replaces what the source gave before; bad rows are reported and left out. */
    @Transactional
    public Outcome importCsv(Source source, byte[] csv) {
        Instant started = clock.instant();
        SchoolDataReader.Read read = checked(SchoolDataReader.readCsv(csv));
        store.replace(source.getOrganisationId(), source.getId(), read.records(), read.problems(), started);
        Outcome outcome = new Outcome(read.records().size(), 0, read.problems());
        finish(source, started, "CSV: " + outcome.summary());
        return outcome;
    }

    /** Adds the source check for SCIM's uniqueness: people who share a userName (eppn) are named. */
    private static SchoolDataReader.Read checked(SchoolDataReader.Read read) {
        List<Problem> problems = new java.util.ArrayList<>(read.problems());
        problems.addAll(UserNameClashes.inSource(read.records()));
        return new SchoolDataReader.Read(read.records(), read.deleted(), problems);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    private void finish(Source source, Instant started, String summary) {
        source.setModifiedCursor(started);
        source.readDone(clock.instant(), summary);
        sources.save(source);
        log.info("EGIL source {} of organisation {}: {}", source.getId(), source.getOrganisationId(), summary);
    }

    Ss12000Client client(Source source) {
        if (source.getKind() != Source.Kind.SS12000) {
            throw new IllegalStateException("Source " + source.getId() + " takes CSV uploads; it has no API to read");
        }
        String secret = source.hasClientSecret() ? secrets.openString(CLIENT_SECRET, source.getClientSecretCipher()) : "";
        return new Ss12000Client(source.getBaseUrl(), source.getTokenUrl(), source.getClientId(), secret, source.getScope(), outgoing);
    }

    /** Seals a client secret for storage; the plain secret is never shown again. */
    public String sealClientSecret(String secret) {
        return secrets.seal(CLIENT_SECRET, secret);
    }
}
