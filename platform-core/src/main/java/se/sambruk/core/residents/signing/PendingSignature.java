package se.sambruk.core.residents.signing;

import java.io.Serializable;
import java.time.Instant;

/** A signature a service asked for, kept in the resident's session until it is signed or abandoned. */
record PendingSignature(String token, String serviceCode, String documentRef, String summary, String sha256, String returnTo,
                        long residentId, Instant createdAt) implements Serializable {
}
