package se.sambruk.core.residents.signin;

import jakarta.servlet.http.HttpServletRequest;

/** What completes a signature once its fresh authentication came back (implemented by the signing package). */
public interface SignatureCallback {

    /** Stores the signature and answers the path to send the resident to. */
    String signed(HttpServletRequest request, PendingAuthorization pending, VerifiedIdentity identity, SignedInResident signer);

    /** The resident cancelled at the provider: the path to send the resident to. */
    String cancelled(HttpServletRequest request, PendingAuthorization pending);
}
