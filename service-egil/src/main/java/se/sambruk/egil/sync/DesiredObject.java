package se.sambruk.egil.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** One SCIM object a supplier should hold, rendered, with the digest that tells whether it changed. */
public record DesiredObject(ScimType type, UUID externalId, UUID personId, String label, String json, String hash) {

    public DesiredObject(ScimType type, UUID externalId, UUID personId, String label, String json) {
        this(type, externalId, personId, label, json, sha256(json));
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
