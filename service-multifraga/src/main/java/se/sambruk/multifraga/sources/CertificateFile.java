package se.sambruk.multifraga.sources;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A municipality's client certificate for mutual TLS, as a PKCS#12 file and its password: the
 * subject and validity of the certificate of its first key entry. {@link #read} refuses a file
 * that is not PKCS#12, a wrong password and a file without a key and certificate, each with a
 * message key for the form.
 */
public record CertificateFile(byte[] pkcs12, String password, String subject, Instant notBefore, Instant notAfter) {

    /** A file that cannot be used, with the message key that says why. */
    public static final class Unreadable extends Exception {
        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static CertificateFile read(byte[] pkcs12, String password) throws Unreadable {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new Unreadable("mf.cert.error.missing");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password == null ? new char[0] : password.toCharArray());
        } catch (java.io.IOException e) {
            throw new Unreadable(e.getCause() instanceof java.security.UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")
                    ? "mf.cert.error.password" : "mf.cert.error.notPkcs12");
        } catch (Exception e) {
            throw new Unreadable("mf.cert.error.notPkcs12");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new CertificateFile(pkcs12, password, certificate.getSubjectX500Principal().getName(),
                            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
                }
            }
        } catch (Exception e) {
            throw new Unreadable("mf.cert.error.notPkcs12");
        }
        throw new Unreadable("mf.cert.error.noKey");
    }

    public boolean expired(Instant now) {
        return now.isAfter(notAfter);
    }

    public boolean notYetValid(Instant now) {
        return now.isBefore(notBefore);
    }

    /** A TLS context that presents this certificate and trusts the JDK's authorities. */
    public SSLContext sslContext() {
        return sslContext(null);
    }

    /** A TLS context that presents this certificate and trusts these (null: the JDK's authorities). */
    public SSLContext sslContext(javax.net.ssl.TrustManager[] trust) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("The client certificate cannot be used", e);
        }
    }
}
