package se.sambruk.multifraga.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.sambruk.core.Municipalities;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The fakes' shared server and settings: each fake takes its own sources' entries, bad entries stop the start, both fakes honour them. */
class LocalFakeServerTests {

    OutgoingUrls urls = new OutgoingUrls(List.of());

    @Test
    void eachFakeTakesItsOwnSourcesEntriesAndLeavesTheOthers() {
        var behaviour = new LocalFakeServer.Behaviour<>(SsbtekClient.AGENCIES, SsbtekFake.Failure.class, SsbtekFake.Failure.NONE,
                List.of("AF:300", "LEFI:1200"), List.of("SO:REFUSE", "LEFI:HTTP403"));
        assertThat(behaviour.delay("AF")).isEqualTo(300);
        assertThat(behaviour.delay("CSN")).isZero();
        assertThat(behaviour.delay("LEFI")).isZero();
        assertThat(behaviour.failure("SO")).isEqualTo(SsbtekFake.Failure.REFUSE);
        assertThat(behaviour.failure("MIV")).isEqualTo(SsbtekFake.Failure.NONE);
        behaviour.reset();
        assertThat(behaviour.delay("AF")).isZero();
        assertThat(behaviour.failure("SO")).isEqualTo(SsbtekFake.Failure.NONE);
    }

    @Test
    void aBadEntryStopsTheStartWithAMessageThatNamesIt() {
        assertThatThrownBy(() -> new LocalFakeServer.Behaviour<>(SsbtekClient.AGENCIES, SsbtekFake.Failure.class, SsbtekFake.Failure.NONE,
                List.of(), List.of("SO:EXPLODE")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPLODE").hasMessageContaining("REFUSE");
        assertThatThrownBy(() -> new LocalFakeServer.Behaviour<>(SsbtekClient.AGENCIES, SsbtekFake.Failure.class, SsbtekFake.Failure.NONE,
                List.of("AF:slow"), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AF:slow");
    }

    @Test
    void bothFakesHonourTheSharedSettings() throws Exception {
        List<String> failures = List.of("SKV:REFUSE", "LEFI:HTTP403");
        SsbtekFake ssbtek = new SsbtekFake(urls, true, List.of("AF:1500"), failures);
        LefiFake lefi = new LefiFake(urls, true, 0, failures);
        try {
            SsbtekClient client = new SsbtekClient(urls, ssbtek, "", "", "");
            SourceQuestion q = new SourceQuestion("162120009999", "Borlänge kommun", "Handläggare", "199001011239", "EB-1",
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), "Utredning", "11 kap. 11 § SoL", "k-1", 7L);
            assertThat(client.ask(q, "SKV", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.REFUSED);
            assertThatThrownBy(() -> client.ask(q, "AF", Duration.ofMillis(500))).isInstanceOf(java.net.http.HttpTimeoutException.class);

            Municipalities municipalities = mock(Municipalities.class);
            when(municipalities.kommunkod(7L)).thenReturn(Optional.of("2081"));
            ClientCertificates certificates = mock(ClientCertificates.class);
            when(certificates.forCall(anyLong(), any(Instant.class))).thenReturn(Optional.empty());
            LefiClient lefiClient = new LefiClient(urls, certificates, municipalities,
                    new MockEnvironment().withProperty("sambruk.multifraga.lefi.aktor.2081", "aktor-1"), lefi, "");
            SourceAnswer refused = lefiClient.ask(q, Duration.ofSeconds(5));
            assertThat(refused.state()).isEqualTo(SourceAnswer.State.REFUSED);
            assertThat(refused.message()).contains("403");
        } finally {
            ssbtek.stop();
            lefi.stop();
        }
    }

    @Test
    void theFakesInAProcessOfTheirOwnAnswerTheAppsClientsThroughTheAllowedHosts() throws Exception {
        FakeAgencies.Started started = FakeAgencies.start(FakeAgencies.Settings.parse("--delays=AF:100", "--lefi-delay=50", "--failures=SKV:REFUSE"));
        try {
            // the app's guard knows the fakes only from its setting sambruk.http.allowed-internal-hosts, as in the benchmark
            OutgoingUrls appUrls = new OutgoingUrls(started.hosts());
            assertThat(new OutgoingUrls(List.of()).refusal(started.ssbtekUrl())).isPresent();
            SsbtekFake unused = new SsbtekFake(appUrls, false, List.of(), List.of());
            SsbtekClient client = new SsbtekClient(appUrls, unused, started.ssbtekUrl(), "", "");
            SourceQuestion q = new SourceQuestion("162120009999", "Borlänge kommun", "Handläggare", "199001011239", "EB-1",
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), "Utredning", "11 kap. 11 § SoL", "k-1", 7L);
            assertThat(client.ask(q, "AF", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.ANSWERED);
            assertThat(client.ask(q, "SKV", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.REFUSED);

            Municipalities municipalities = mock(Municipalities.class);
            when(municipalities.kommunkod(7L)).thenReturn(Optional.of("2081"));
            ClientCertificates certificates = mock(ClientCertificates.class);
            when(certificates.forCall(anyLong(), any(Instant.class))).thenReturn(Optional.empty());
            LefiClient lefiClient = new LefiClient(appUrls, certificates, municipalities,
                    new MockEnvironment().withProperty("sambruk.multifraga.lefi.aktor.2081", "aktor-1"),
                    new LefiFake(appUrls, false, 0, List.of()), started.lefiUrl());
            assertThat(lefiClient.ask(q, Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.ANSWERED);
        } finally {
            started.stop();
        }
    }

    @Test
    void theLaunchersSettingsAreTheDemosAndAnUnknownOneStopsIt() {
        FakeAgencies.Settings settings = FakeAgencies.Settings.parse("--delays=AF:200,CSN:500", "--lefi-delay=1200", "--failures=SO:REFUSE");
        assertThat(settings.delays()).containsExactly("AF:200", "CSN:500");
        assertThat(settings.lefiDelay()).isEqualTo(1200);
        assertThat(settings.failures()).containsExactly("SO:REFUSE");
        assertThatThrownBy(() -> FakeAgencies.Settings.parse("--delay=AF:1")).hasMessageContaining("--delay=AF:1");
        assertThatThrownBy(() -> FakeAgencies.Settings.parse("--lefi-delay=slow")).hasMessageContaining("slow");
    }
}
