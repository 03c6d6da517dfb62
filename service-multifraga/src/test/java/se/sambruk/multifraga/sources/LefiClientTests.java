package se.sambruk.multifraga.sources;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.sambruk.core.Municipalities;
import se.sambruk.core.http.OutgoingUrls;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Försäkringskassan's LEFI REST client against the local fake: answers, the OpenAPI's example, errors, slowness, the certificate. */
class LefiClientTests {

    OutgoingUrls urls = new OutgoingUrls(List.of());
    LefiFake fake = new LefiFake(urls, true, 0, List.of());
    ClientCertificates certificates = mock(ClientCertificates.class);
    Municipalities municipalities = mock(Municipalities.class);
    MockEnvironment environment = new MockEnvironment().withProperty("sambruk.multifraga.lefi.aktor.2081", "9255f428-4ba0-63ce-5407-e65d469fac0f");
    LefiClient client = new LefiClient(urls, certificates, municipalities, environment, fake, "");

    SourceQuestion question(String person) {
        return new SourceQuestion("162120009999", "Borlänge kommun", "Handläggare", person, "EB-1", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), "Utredning", "11 kap. 11 § SoL", "k-1", 7L);
    }

    LefiClientTests() throws Exception {
        when(municipalities.kommunkod(7L)).thenReturn(Optional.of("2081"));
        when(certificates.forCall(anyLong(), any(Instant.class))).thenReturn(Optional.empty());
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    @Test
    void theRequestFollowsTheOpenApi() {
        var body = JsonMapper.builder().build().readTree(LefiClient.body(question("199001011239")));
        assertThat(body.path("personnummer").asString()).isEqualTo("199001011239");
        assertThat(body.path("personnummer").asString()).matches("^([0-9]{2})?([0-9]{10})$");
        assertThat(body.path("period").path("from").asString()).isEqualTo("2026-09-01");
        assertThat(body.path("period").path("tom").asString()).isEqualTo("2026-11-30");
        assertThat(body.path("formansinformation").size()).isPositive();
        assertThat(body.path("ovrigInformation").get(0).asString()).isEqualTo("FK:GEPI");
    }

    @Test
    void anAnswerGivesThePaymentsAndTheOpenApisExampleIsRead() throws Exception {
        SourceAnswer answer = client.ask(question("199001011239"), Duration.ofSeconds(5));
        assertThat(answer.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(answer.incomes()).hasSize(6);
        assertThat(answer.protectedIdentity()).isFalse();
        assertThat(client.ask(question(SsbtekFake.PROTECTED_PERSON), Duration.ofSeconds(5)).protectedIdentity()).isTrue();

        fake.mode(LefiFake.Mode.EXAMPLE);
        SourceAnswer example = client.ask(question("199001011239"), Duration.ofSeconds(5));
        assertThat(example.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(example.facts()).contains(new SourceAnswer.Fact("formansinformation.sjukpenningarende.beslut.forman.beskrivning", "Sjukpenning"),
                new SourceAnswer.Fact("formansinformation.generellPersoninformation.adress.postort", "BJÖRKETORP"));
        assertThat(example.incomes()).isEmpty();
    }

    @Test
    void theApisErrorsAreRefusalsAndGarbageIsAFailure() throws Exception {
        fake.mode(LefiFake.Mode.HTTP403);
        SourceAnswer forbidden = client.ask(question("199001011239"), Duration.ofSeconds(5));
        assertThat(forbidden.state()).isEqualTo(SourceAnswer.State.REFUSED);
        assertThat(forbidden.message()).isEqualTo("LEFI svarade HTTP 403: Ej behörig (påhittat fel)");
        fake.mode(LefiFake.Mode.HTTP400);
        assertThat(client.ask(question("199001011239"), Duration.ofSeconds(5)).message()).startsWith("LEFI svarade HTTP 400");
        fake.mode(LefiFake.Mode.HTTP500);
        assertThat(client.ask(question("199001011239"), Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.REFUSED);
        fake.mode(LefiFake.Mode.GARBAGE);
        assertThat(client.ask(question("199001011239"), Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.FAILED);
        assertThat(LefiClient.read(502, "").state()).isEqualTo(SourceAnswer.State.FAILED);
    }

    @Test
    void aSlowAnswerTimesOut() {
        fake.delay(1500);
        assertThatThrownBy(() -> client.ask(question("199001011239"), Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anExpiredCertificateStopsTheCallBeforeAnythingIsSent() throws Exception {
        client.ask(question("199001011239"), Duration.ofSeconds(5));
        int before = fake.requests();
        ClientCertificates expired = mock(ClientCertificates.class);
        when(expired.forCall(anyLong(), any(Instant.class))).thenThrow(newExpired());
        LefiClient withExpired = new LefiClient(urls, expired, municipalities, environment, fake, "");
        SourceAnswer answer = withExpired.ask(question("199001011239"), Duration.ofSeconds(5));
        assertThat(answer.state()).isEqualTo(SourceAnswer.State.FAILED);
        assertThat(answer.message()).contains("gick ut 2025-01-06");
        assertThat(fake.requests()).isEqualTo(before);
        SourceAnswer noActor = new LefiClient(urls, certificates, municipalities, new MockEnvironment(), fake, "").ask(question("199001011239"),
                Duration.ofSeconds(5));
        assertThat(noActor.message()).contains("aktörs-id");
    }

    static ClientCertificates.Expired newExpired() {
        return new ClientCertificates.Expired("Kommunens klientcertifikat gick ut 2025-01-06. Frågan skickades inte.");
    }

    @Test
    void aCertificateFileIsReadWithItsValidityAndBadFilesAreRefused() throws Exception {
        byte[] valid = getClass().getResourceAsStream("/multifraga/valid.p12").readAllBytes();
        CertificateFile file = CertificateFile.read(valid, "testlosen");
        assertThat(file.subject()).contains("CN=Borlänge kommun test");
        assertThat(file.expired(Instant.now())).isFalse();
        assertThat(file.sslContext()).isNotNull();
        CertificateFile old = CertificateFile.read(getClass().getResourceAsStream("/multifraga/expired.p12").readAllBytes(), "testlosen");
        assertThat(old.expired(Instant.now())).isTrue();
        assertThatThrownBy(() -> CertificateFile.read(valid, "fel")).isInstanceOf(CertificateFile.Unreadable.class)
                .extracting(e -> ((CertificateFile.Unreadable) e).messageKey()).isEqualTo("mf.cert.error.password");
        assertThatThrownBy(() -> CertificateFile.read("inte ett certifikat".getBytes(), "x"))
                .extracting(e -> ((CertificateFile.Unreadable) e).messageKey()).isIn("mf.cert.error.notPkcs12", "mf.cert.error.password");
        assertThatThrownBy(() -> CertificateFile.read(new byte[0], "x"))
                .extracting(e -> ((CertificateFile.Unreadable) e).messageKey()).isEqualTo("mf.cert.error.missing");
    }
}
