package se.sambruk.core.residents;

import java.util.Objects;

/**
 * What a service asks the signed-in resident to sign.
 *
 * @param serviceCode the service asking ("provisum")
 * @param documentRef the service's own reference of the document ("arsrakning/42"), to find the signature again
 * @param summary the text the resident reads and signs (Swedish, plain text, what the document says in short)
 * @param document the document's content in a stable form (the service's canonical bytes); its SHA-256 is signed
 * @param returnTo the path under {@code /e-tjanster/<serviceCode>} the resident comes back to after signing;
 *                 the core adds {@code signatur=<id>} (or {@code signatur=avbruten} when the resident cancelled)
 */
public record SignatureRequest(String serviceCode, String documentRef, String summary, byte[] document, String returnTo) {

    public SignatureRequest {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(documentRef, "documentRef");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(document, "document");
        if (returnTo == null || !returnTo.startsWith(EService.BASE_PATH + "/" + serviceCode)) {
            throw new IllegalArgumentException("returnTo must be a path of the service's e-service");
        }
        document = document.clone();
    }

    @Override
    public byte[] document() {
        return document.clone();
    }
}
