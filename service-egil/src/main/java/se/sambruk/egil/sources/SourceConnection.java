package se.sambruk.egil.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import se.sambruk.core.SealingKey;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.SchoolDataUse;
import se.sambruk.schooldata.Ss12000Client;

/**
 * One EGIL source's use of platform-schooldata's stored connection: the key {@code egil/<source id>}
 * (an organiser may have several sources), EGIL's key {@code sambruk.egil.secret-key} and the purpose
 * its client secrets were always sealed under, and reads of changes. Unlike UKA and Tillarbetslivet,
 * EGIL applies a read with bad objects: they are the source's problems, listed and left out
 * (docs/services/egil.md, "Bad data"), so the gathered problems handed back are always none.
 */
final class SourceConnection implements SchoolDataUse<SourceConnection.Gather> {

    static final String SERVICE = "egil";
    static final String CLIENT_SECRET = "egil.source.client-secret";

    /** What one read gave, and whether it was complete (then what the source no longer has goes from EGIL's copy). */
    record Gather(SchoolDataReader.Read read, boolean full) {
    }

    private final Source source;
    private final Optional<SealingKey> key;
    private final BiFunction<Source, Gather, Map<String, Integer>> apply;
    /** What the last read of this source gave: the caller's answer (records and problems). */
    private Gather last;

    SourceConnection(Source source, Optional<SealingKey> key, BiFunction<Source, Gather, Map<String, Integer>> apply) {
        this.source = source;
        this.key = key;
        this.apply = apply;
    }

    static String key(Long sourceId) { // a source not saved yet (null) has no connection: "egil/null" is never stored
        return SERVICE + "/" + sourceId;
    }

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public String connection() {
        return key(source.getId());
    }

    @Override
    public String secretPurpose() {
        return CLIENT_SECRET;
    }

    @Override
    public boolean readsChanges() {
        return true;
    }

    @Override
    public Optional<SealingKey> sealingKey() {
        return key;
    }

    @Override
    public String keySetting() {
        return "sambruk.egil.secret-key";
    }

    @Override
    public String objectsNoun() {
        return "objekt";
    }

    @Override
    public Gathered<Gather> gather(Ss12000Client client, long organisationId, LocalDate today) {
        return gathered(SourceReading.checked(SchoolDataReader.readAll(client, today)), true);
    }

    @Override
    public Gathered<Gather> gatherChanges(Ss12000Client client, long organisationId, LocalDate today, Instant after) {
        return gathered(SourceReading.checked(SchoolDataReader.readChanges(client, after, today)), false);
    }

    private Gathered<Gather> gathered(SchoolDataReader.Read read, boolean full) {
        last = new Gather(read, full);
        return new Gathered<>(read.records().size(), last, List.of());
    }

    @Override
    public Map<String, Integer> apply(long organisationId, Gather gathered) {
        return apply.apply(source, gathered);
    }

    Gather last() {
        return last;
    }
}
