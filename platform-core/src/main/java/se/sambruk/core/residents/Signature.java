package se.sambruk.core.residents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * A stored signature: who signed which summary of which document, when, with which provider,
 * and the provider's answer (the ID token of the fresh authentication). It covers the
 * document's SHA-256: {@link #covers(byte[])} is false as soon as the document changed.
 *
 * @param sha256 lower-case hex SHA-256 of the document's bytes when it was signed
 * @param providerAnswer the provider's ID token (a signed JWT), kept as evidence
 */
public record Signature(long id, String serviceCode, String documentRef, String summary, String sha256,
                        long residentId, PersonalIdentityNumber signer, String signerName, String provider,
                        String providerAnswer, Instant signedAt) {

    /** Whether this signature still covers the document as it is now (same SHA-256). */
    public boolean covers(byte[] currentDocument) {
        return MessageDigest.isEqual(sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sha256Hex(currentDocument).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** When it was signed, in Swedish time (for pages: "Signerad av X den Y"). */
    public java.time.ZonedDateTime signedAtInSweden() {
        return signedAt.atZone(java.time.ZoneId.of("Europe/Stockholm"));
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
