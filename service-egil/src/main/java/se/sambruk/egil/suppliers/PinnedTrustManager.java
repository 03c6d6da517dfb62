package se.sambruk.egil.suppliers;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server only when the public key of its certificate has one of the pinned SHA-256
 * digests (of the DER SubjectPublicKeyInfo, Base64, as in EGIL's and the federation's pins).
 * The pin replaces CA validation: it names the one key the supplier told us to expect.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

    private final Set<String> pins;

    public PinnedTrustManager(Set<String> pins) {
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("At least one pin is needed");
        }
        this.pins = pins.stream().map(PinnedTrustManager::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** The pin of a certificate's public key: Base64 of SHA-256 over its SubjectPublicKeyInfo. */
    public static String pinOf(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts "sha256/BASE64" or plain Base64. */
    static String normalise(String pin) {
        String trimmed = pin.trim();
        return trimmed.regionMatches(true, 0, "sha256/", 0, 7) ? trimmed.substring(7) : trimmed;
    }

    public static boolean isValid(String pin) {
        try {
            return Base64.getDecoder().decode(normalise(pin)).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The supplier sent no certificate");
        }
        chain[0].checkValidity();
        String pin = pinOf(chain[0]);
        if (!pins.contains(pin)) {
            throw new CertificateException("The supplier's public key (sha256/" + pin + ") is not the pinned one");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("EGIL is only a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
