package se.sambruk.core.residents;

import java.util.Optional;

/**
 * Signing by residents with e-legitimation. A service's controller starts it and redirects:
 * <pre>{@code
 * return "redirect:" + signatures.request(new SignatureRequest("provisum", "arsrakning/" + id,
 *         summary, canonicalBytes, "/e-tjanster/provisum/arsrakningar/" + id));
 * }</pre>
 * The resident sees the summary, confirms, and authenticates again at the provider (OIDC
 * {@code prompt=login}, {@code max_age=0}, the document's SHA-256 bound to the request's state,
 * and the summary as the broker's sign message where it takes one). The signer must be the
 * signed-in resident. The core stores the {@link Signature}, audits it, and sends the resident
 * back to {@code returnTo?signatur=<id>}. Show it with the fragment
 * {@code ~{residents/signature :: signed(${signature})}} ("Signerad av X den Y").
 */
public interface Signatures {

    /**
     * Keeps the request for the signed-in resident and answers the path of the signing page to
     * redirect to. Throws {@link ResidentSignInRequired} without a signed-in resident.
     */
    String request(SignatureRequest request);

    /** A signature of this service by id (the {@code signatur} parameter of the return), if it exists. */
    Optional<Signature> find(String serviceCode, long id);

    /** The latest signature of a document of this service, if any. */
    Optional<Signature> latest(String serviceCode, String documentRef);

    /** The latest signature of the document that still covers its current content (none once it changed). */
    default Optional<Signature> valid(String serviceCode, String documentRef, byte[] currentDocument) {
        return latest(serviceCode, documentRef).filter(signature -> signature.covers(currentDocument));
    }
}
