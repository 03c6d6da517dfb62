package se.sambruk.schooldata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.sambruk.core.SealingKey;

/**
 * A service that reads school data through a stored connection (UKA, Tillarbetslivet): what is its
 * own is how the records become its facts; the connection, the secret's sealing, the all-or-nothing
 * read, the run log and the nightly read are {@link SchoolDataConnections} and {@link SchoolDataReads}.
 *
 * @param <T> what the service gathers from one read before it applies it
 */
public interface SchoolDataUse<T> {

    /** The service's code ({@code uka}, {@code tillarbetslivet}): the connection's key with the organisation, the audit's targets. */
    String service();

    /**
     * The connection's key with the organisation ({@code schooldata.connection.service}): the service's
     * code unless the service keeps several connections per organisation (EGIL: one per source, {@code egil/<id>}).
     */
    default String connection() {
        return service();
    }

    /** The purpose the client secret is sealed under (associated data): {@code <service>.ss12000.client-secret} unless the service sealed it otherwise before. */
    default String secretPurpose() {
        return service() + ".ss12000.client-secret";
    }

    /**
     * Whether the service can apply a read of changes ({@link #gatherChanges}); then a read after a
     * complete one asks only for what changed and what was deleted since it began.
     */
    default boolean readsChanges() {
        return false;
    }

    /** The service's own key for the client secret (purpose {@code <service>.ss12000.client-secret}); empty: no secret can be stored. */
    Optional<SealingKey> sealingKey();

    /** The setting that holds the key, named in the message when it is missing. */
    String keySetting();

    /** The wait for each answer of the API. */
    default Duration readTimeout() {
        return Duration.ofSeconds(60);
    }

    /** What the objects are called in "N ... i skoldatat gick inte att läsa" (plural, Swedish). */
    default String objectsNoun() {
        return "poster";
    }

    /**
     * Reads what the service needs through the client. A bad object is a problem in the answer (SS
     * 12000 id and what is wrong); an exception means the read itself failed (the API's error, a
     * timeout, an answer that is not SS 12000).
     */
    Gathered<T> gather(Ss12000Client client, long organisationId, LocalDate today);

    /**
     * Reads what changed after the instant ({@code meta.modified.after}) and what the source deleted
     * after it ({@code /deletedEntities?after=}); asked only when {@link #readsChanges()}.
     */
    default Gathered<T> gatherChanges(Ss12000Client client, long organisationId, LocalDate today, Instant after) {
        return gather(client, organisationId, today);
    }

    /** Applies a read without a single problem (in one transaction of its own); the figures kept with the run. */
    Map<String, Integer> apply(long organisationId, T gathered);

    /** One read's objects: how many were read, what the service made of them, and the objects it could not read. */
    record Gathered<T>(int read, T records, List<String> problems) {
        public Gathered {
            problems = List.copyOf(problems);
        }
    }
}
