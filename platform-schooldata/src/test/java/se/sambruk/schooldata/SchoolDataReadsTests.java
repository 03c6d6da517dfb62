package se.sambruk.schooldata;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.SealingKey;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.pupil;

/** The all-or-nothing read a service's stored connection goes through, against the local SS 12000 API. */
class SchoolDataReadsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    final UUID unit = UUID.randomUUID();
    FakeSs12000Server server;
    final Names use = new Names();

    /** A service that keeps the pupils' names; applied records whatever it was given. */
    static final class Names implements SchoolDataUse<List<String>> {
        final List<List<String>> applied = new ArrayList<>();

        public String service() { return "test"; }
        public Optional<SealingKey> sealingKey() { return Optional.empty(); }
        public String keySetting() { return "sambruk.test.secret-key"; }

        public Gathered<List<String>> gather(Ss12000Client client, long organisationId, LocalDate today) {
            SchoolDataReader.Read read = SchoolDataReader.readAll(client, today);
            List<String> names = read.data().persons().values().stream().map(p -> p.givenName()).sorted().toList();
            return new Gathered<>(read.records().size() + read.problems().size(), names,
                    read.problems().stream().map(p -> p.objectId() + ": " + p.message()).toList());
        }

        public Map<String, Integer> apply(long organisationId, List<String> names) {
            applied.add(names);
            return Map.of("added", names.size());
        }
    }

    @BeforeEach
    void source() throws Exception {
        server = new FakeSs12000Server();
        server.put("organisations", organisation(unit, "Skolenhet", "Alboskolan", null));
        server.put("persons", pupil(UUID.randomUUID(), "Alva", "Berg", null, unit, 8));
        server.put("persons", pupil(UUID.randomUUID(), "Bo", "Ek", null, unit, 9));
        server.put("persons", pupil(UUID.randomUUID(), "Cim", "Ås", null, unit, 9));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Ss12000Client client(String secret) {
        return new Ss12000Client(server.baseUrl(), server.tokenUrl(), FakeSs12000Server.CLIENT_ID, secret, null,
                new OutgoingUrls(List.of(URI.create(server.baseUrl()).getAuthority())));
    }

    @Test
    void aGoodReadIsAppliedWithTheServicesFigures() {
        SchoolDataReads.Outcome outcome = SchoolDataReads.readAllOrNothing(use, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, null);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.read()).isEqualTo(4);
        assertThat(outcome.figure("added")).isEqualTo(3);
        assertThat(use.applied).containsExactly(List.of("Alva", "Bo", "Cim"));
    }

    @Test
    void oneBadRecordChangesNothingAndIsNamed() {
        UUID bad = UUID.randomUUID();
        server.put("persons", pupil(bad, "Dora", "Dålig", "2012-01-01", unit, 8));

        SchoolDataReads.Outcome outcome = SchoolDataReads.readAllOrNothing(use, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, null);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).isEqualTo("1 poster i skoldatat gick inte att läsa. Ingenting ändrades.");
        assertThat(outcome.problems()).singleElement().asString().startsWith(bad.toString()).contains("civicNo");
        assertThat(use.applied).isEmpty();
    }

    @Test
    void aRefusedTokenAFailingPeerAndASlowOneChangeNothingAndSayWhy() {
        SchoolDataReads.Outcome wrongSecret = SchoolDataReads.readAllOrNothing(use, client("fel"), 1, TODAY, null);
        assertThat(wrongSecret.ok()).isFalse();
        assertThat(wrongSecret.message()).contains("HTTP 401").endsWith("Ingenting ändrades.");

        server.failWith(503, "{\"message\":\"internal 10.1.2.3\"}");
        SchoolDataReads.Outcome failing = SchoolDataReads.readAllOrNothing(use, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, null);
        assertThat(failing.message()).contains("HTTP 503").doesNotContain("10.1.2.3");

        server.failWith(0, null);
        server.answerRaw("<html>Underhåll</html>");
        assertThat(SchoolDataReads.readAllOrNothing(use, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, null).ok()).isFalse();
        assertThat(use.applied).isEmpty();
    }

    @Test
    void aServiceThatReadsChangesIsAskedOnlyForThemOnceAnInstantIsKnown() throws Exception {
        List<String> gathered = new ArrayList<>();
        SchoolDataUse<SchoolDataReader.Read> changes = new SchoolDataUse<>() {
            public String service() { return "test"; }
            public Optional<SealingKey> sealingKey() { return Optional.empty(); }
            public String keySetting() { return "sambruk.test.secret-key"; }
            public boolean readsChanges() { return true; }
            public Gathered<SchoolDataReader.Read> gather(Ss12000Client client, long org, LocalDate today) {
                gathered.add("full");
                SchoolDataReader.Read read = SchoolDataReader.readAll(client, today);
                return new Gathered<>(read.records().size(), read, List.of());
            }
            public Gathered<SchoolDataReader.Read> gatherChanges(Ss12000Client client, long org, LocalDate today, java.time.Instant after) {
                gathered.add("changes");
                SchoolDataReader.Read read = SchoolDataReader.readChanges(client, after, today);
                return new Gathered<>(read.records().size(), read, List.of());
            }
            public Map<String, Integer> apply(long org, SchoolDataReader.Read read) {
                return Map.of("deleted", read.deletedCount());
            }
        };
        java.time.Instant before = java.time.Instant.now();
        Thread.sleep(5);
        UUID leaves = UUID.randomUUID();
        server.put("persons", pupil(leaves, "Dan", "Ås", null, unit, 9));
        server.delete("persons", leaves.toString());

        assertThat(SchoolDataReads.readAllOrNothing(changes, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, null).read()).isEqualTo(4);
        SchoolDataReads.Outcome later = SchoolDataReads.readAllOrNothing(changes, client(FakeSs12000Server.CLIENT_SECRET), 1, TODAY, before);

        assertThat(gathered).containsExactly("full", "changes");
        assertThat(later.read()).isZero();
        assertThat(later.figure("deleted")).isEqualTo(1);
    }

    @Test
    void theConnectionTestNeedsATokenAndAnSs12000Answer() {
        client(FakeSs12000Server.CLIENT_SECRET).check();
        assertThatThrownBy(() -> client("fel").check()).hasMessageContaining("401");
        server.answerRaw("{\"status\":\"ok\"}");
        assertThatThrownBy(() -> client(FakeSs12000Server.CLIENT_SECRET).check()).isInstanceOf(IllegalStateException.class);
    }
}
