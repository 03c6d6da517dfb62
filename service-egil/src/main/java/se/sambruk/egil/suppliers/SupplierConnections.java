package se.sambruk.egil.suppliers;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.springframework.stereotype.Component;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.egil.secrets.SecretBox;

/**
 * Opens the connection to a supplier the way it authenticates: mutual TLS with the organiser's
 * client certificate and the supplier's pinned key (given, or found in signed federation
 * metadata), or an API key in a header. Secrets are sealed here and opened only to connect.
 */
@Component
public class SupplierConnections {

    static final String CLIENT_CERTIFICATE = "egil.supplier.client-certificate";
    static final String CLIENT_PASSWORD = "egil.supplier.client-password";
    static final String API_KEY = "egil.supplier.api-key";
    private static final Duration METADATA_TTL = Duration.ofHours(1);

    private record CachedServers(List<FederationMetadata.Server> servers, Instant fetched) {
    }

    private final SecretBox secrets;
    private final OutgoingUrls outgoing;
    private final Map<String, CachedServers> federation = new ConcurrentHashMap<>();

    SupplierConnections(SecretBox secrets, OutgoingUrls outgoing) {
        this.secrets = secrets;
        this.outgoing = outgoing;
    }

    public ScimConnection open(Supplier supplier) {
        if (supplier.isSimulated()) {
            return new SimulatedScimConnection(supplier.getId());
        }
        int connections = Math.max(1, supplier.getMaxInFlight());
        return switch (supplier.getAuthKind()) {
            case API_KEY -> new HttpScimConnection(supplier.getBaseUrl(), null, supplier.getApiKeyHeader(),
                    supplier.hasApiKey() ? secrets.openString(API_KEY, supplier.getApiKeyCipher()) : "", connections, outgoing);
            case MTLS_PIN -> new HttpScimConnection(supplier.getBaseUrl(),
                    tls(supplier, Set.of(required(supplier.getPinSha256(), "pin"))), null, null, connections, outgoing);
            case MTLS_FEDERATION -> {
                FederationMetadata.Server server = federationServer(supplier);
                yield new HttpScimConnection(server.baseUri(), tls(supplier, server.pins()), null, null, connections, outgoing);
            }
        };
    }

    /** Seals the organiser's client certificate (PKCS#12) after checking that the password opens it. */
    public void storeClientCertificate(Supplier supplier, byte[] pkcs12, String password) {
        keyStore(pkcs12, password);
        supplier.setClientCertificateCipher(secrets.seal(CLIENT_CERTIFICATE, pkcs12));
        supplier.setClientPasswordCipher(secrets.seal(CLIENT_PASSWORD, password == null ? "" : password));
    }

    public void storeApiKey(Supplier supplier, String apiKey) {
        supplier.setApiKeyCipher(secrets.seal(API_KEY, apiKey));
    }

    /** @throws IllegalArgumentException when the file is not a PKCS#12 key store that the password opens */
    static KeyStore keyStore(byte[] pkcs12, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password == null ? new char[0] : password.toCharArray());
            if (!store.aliases().hasMoreElements()) {
                throw new IllegalArgumentException("The key store holds no key");
            }
            return store;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#12 file that the password opens", e);
        }
    }

    private SSLContext tls(Supplier supplier, Set<String> pins) {
        if (!supplier.hasClientCertificate()) {
            throw new IllegalStateException("No client certificate stored for " + supplier.getName());
        }
        try {
            String password = secrets.openString(CLIENT_PASSWORD, supplier.getClientPasswordCipher());
            KeyStore store = keyStore(secrets.open(CLIENT_CERTIFICATE, supplier.getClientCertificateCipher()), password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new TrustManager[] {new PinnedTrustManager(pins)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS for " + supplier.getName() + " cannot be set up: " + e.getMessage(), e);
        }
    }

    private FederationMetadata.Server federationServer(Supplier supplier) {
        String url = required(supplier.getFederationMetadataUrl(), "federation metadata URL");
        String key = url + "|" + supplier.getFederationEntityId();
        CachedServers cached = federation.get(key);
        if (cached == null || cached.fetched().plus(METADATA_TTL).isBefore(Instant.now())) {
            String jws = outgoing.restClient(Duration.ofSeconds(10), Duration.ofSeconds(30)).build().get().uri(outgoing.check(url))
                    .retrieve().body(String.class);
            FederationMetadata metadata = FederationMetadata.verify(jws == null ? "" : jws,
                    required(supplier.getFederationSigningKey(), "federation signing key"));
            cached = new CachedServers(metadata.servers(required(supplier.getFederationEntityId(), "entity id")), Instant.now());
            federation.put(key, cached);
        }
        return cached.servers().stream().filter(s -> !s.pins().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The federation lists no server with pins for " + supplier.getFederationEntityId()));
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("No " + what + " set");
        }
        return value;
    }
}
