package se.sambruk.egil.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One SCIM object a supplier should hold, rendered, with the digest that tells whether it changed
 * and the objects it refers to that must be held before it is sent (those of earlier types).
 */
public record DesiredObject(ScimType type, UUID externalId, UUID personId, String label, String json, String hash, List<ObjectKey> needs) {

    public DesiredObject(ScimType type, UUID externalId, UUID personId, String label, String json) {
        this(type, externalId, personId, label, json, List.of());
    }

    public DesiredObject(ScimType type, UUID externalId, UUID personId, String label, String json, List<ObjectKey> needs) {
        this(type, externalId, personId, label, json, sha256(json), List.copyOf(needs));
    }

    public ObjectKey key() {
        return new ObjectKey(type, externalId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
