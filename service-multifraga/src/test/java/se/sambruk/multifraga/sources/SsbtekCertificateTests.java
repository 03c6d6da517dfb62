package se.sambruk.multifraga.sources;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * SSBTEK over mutual TLS against the local fake, which requires a client certificate: the
 * municipality's own certificate is presented; the installation's keystore only as the fallback
 * the settings allow; a municipality without one gets a clear message and nothing is sent.
 */
class SsbtekCertificateTests {

    static final String PASSWORD = "testlosen";
    static final long BORLANGE = 7L;
    static final long WITHOUT = 8L;

    OutgoingUrls urls = new OutgoingUrls(List.of());
    SsbtekFake fake = new SsbtekFake(urls, true, List.of(), List.of());
    ClientCertificates certificates = mock(ClientCertificates.class);
    String url = fake.httpsUrl(serverContext());

    @AfterEach
    void stop() {
        fake.stop();
    }

    SsbtekCertificateTests() throws Exception {
        when(certificates.forCall(eq(BORLANGE), any(Instant.class)))
                .thenReturn(Optional.of(CertificateFile.read(bytes("/multifraga/valid.p12"), PASSWORD)));
        when(certificates.forCall(eq(WITHOUT), any(Instant.class))).thenReturn(Optional.empty());
    }

    SsbtekClient client(boolean installationAsFallback) {
        return new SsbtekClient(urls, fake, certificates, url, path("/multifraga/installation.p12"), PASSWORD, installationAsFallback,
                path("/multifraga/ssbtek-trust.p12"), PASSWORD);
    }

    static SourceQuestion question(long organisationId) {
        return new SourceQuestion("162120009999", "Borlänge kommun", "Handläggare", "199001011239", "EB-1", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), "Utredning", "11 kap. 11 § SoL", "k-1", organisationId);
    }

    @Test
    void theMunicipalitysOwnCertificateIsPresentedEvenWhereTheInstallationsMayStandIn() throws Exception {
        SourceAnswer answer = client(true).ask(question(BORLANGE), "SKV", Duration.ofSeconds(10));
        assertThat(answer.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(fake.presentedCertificates()).singleElement().asString().contains("CN=Borlänge kommun test");
    }

    @Test
    void theInstallationsKeystoreStandsInOnlyWhereTheSettingsAllowIt() throws Exception {
        SourceAnswer fallback = client(true).ask(question(WITHOUT), "SKV", Duration.ofSeconds(10));
        assertThat(fallback.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(fake.presentedCertificates()).singleElement().asString().contains("CN=Installationens certifikat test");

        SourceAnswer refused = client(false).ask(question(WITHOUT), "SKV", Duration.ofSeconds(10));
        assertThat(refused.state()).isEqualTo(SourceAnswer.State.FAILED);
        assertThat(refused.message()).isEqualTo(SsbtekClient.NO_CERTIFICATE).contains("Kommunens klientcertifikat").doesNotContain("Exception");
        assertThat(fake.presentedCertificates()).hasSize(1);
    }

    @Test
    void anExpiredCertificateStopsTheQuestionBeforeAnythingIsSent() throws Exception {
        when(certificates.forCall(eq(BORLANGE), any(Instant.class))).thenThrow(LefiClientTests.newExpired());
        SourceAnswer answer = client(true).ask(question(BORLANGE), "SKV", Duration.ofSeconds(10));
        assertThat(answer.state()).isEqualTo(SourceAnswer.State.FAILED);
        assertThat(answer.message()).contains("gick ut 2025-01-06");
        assertThat(fake.presentedCertificates()).isEmpty();
    }

    @Test
    void theFakeRefusesAClientWithoutACertificate() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store("/multifraga/ssbtek-trust.p12"));
        SSLContext noCertificate = SSLContext.getInstance("TLS");
        noCertificate.init(null, trust.getTrustManagers(), null);
        HttpClient http = HttpClient.newBuilder().sslContext(noCertificate).version(HttpClient.Version.HTTP_1_1).build();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
        assertThat(fake.presentedCertificates()).isEmpty();
    }

    /** The fake's TLS: its own certificate for 127.0.0.1, trusting the municipality's and the installation's certificates. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store("/multifraga/ssbtek-server.p12"), PASSWORD.toCharArray());
            KeyStore clients = KeyStore.getInstance("PKCS12");
            clients.load(null, null);
            clients.setCertificateEntry("kommun", store("/multifraga/valid.p12").getCertificate("kommun"));
            clients.setCertificateEntry("installation", store("/multifraga/installation.p12").getCertificate("installation"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(clients);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyStore store(String resource) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = SsbtekCertificateTests.class.getResourceAsStream(resource)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    static byte[] bytes(String resource) throws Exception {
        try (InputStream in = SsbtekCertificateTests.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    static String path(String resource) {
        try {
            return Path.of(SsbtekCertificateTests.class.getResource(resource).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
