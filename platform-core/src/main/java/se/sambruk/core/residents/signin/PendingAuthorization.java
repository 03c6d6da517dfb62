package se.sambruk.core.residents.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * An authorization request on its way to the provider, kept in the session until the answer
 * comes back: the state, nonce and PKCE verifier it must match, where to return, and for a
 * signature the pending signature's token and the document's SHA-256 (also carried in the state).
 */
public record PendingAuthorization(String state, String nonce, String codeVerifier, String providerId, String redirectUri,
                                   String returnTo, String signingToken, String documentSha256, Instant createdAt)
        implements Serializable {

    public boolean isSignature() {
        return signingToken != null;
    }
}
