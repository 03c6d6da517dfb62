package se.sambruk.egil.sync;

import java.time.Instant;
import java.util.UUID;

/** What a supplier holds of one object, as last sent (hash null: known from a rebuild, content unknown). */
public record SentObject(ScimType type, UUID externalId, UUID personId, String label, String hash, Instant firstSentAt,
                         Instant lastSentAt, Instant goneSince) {

    public ObjectKey key() {
        return new ObjectKey(type, externalId);
    }
}
