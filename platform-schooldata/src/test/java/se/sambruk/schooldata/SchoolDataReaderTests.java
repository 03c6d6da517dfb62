package se.sambruk.schooldata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sambruk.schooldata.Ss12000Objects.activity;
import static se.sambruk.schooldata.Ss12000Objects.duty;
import static se.sambruk.schooldata.Ss12000Objects.group;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.person;
import static se.sambruk.schooldata.Ss12000Objects.pupil;

/** The SS 12000 client and the reader against a local SS 12000 API: paging, token, changes, deletions, bad objects. */
class SchoolDataReaderTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    final UUID organiser = UUID.randomUUID(), unit = UUID.randomUUID(), pupil1 = UUID.randomUUID(), pupil2 = UUID.randomUUID();
    final UUID teacher = UUID.randomUUID(), dutyId = UUID.randomUUID(), klass = UUID.randomUUID(), lesson = UUID.randomUUID();
    FakeSs12000Server server;

    @BeforeEach
    void source() throws Exception {
        server = new FakeSs12000Server();
        server.put("organisations", organisation(organiser, "Huvudman", "Ale kommun", null));
        server.put("organisations", organisation(unit, "Skolenhet", "Alboskolan", organiser));
        server.put("persons", pupil(pupil1, "Alva", "Berg", "201201012384", unit, 8));
        server.put("persons", pupil(pupil2, "Bo", "Ek", null, unit, 9));
        server.put("persons", person(teacher, "Tove", "Lund", null));
        server.put("groups", group(klass, "8A", "Klass", unit, pupil1, pupil2));
        server.put("duties", duty(dutyId, teacher, unit));
        server.put("activities", activity(lesson, "Matematik 8A", unit, klass, dutyId));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Ss12000Client client() {
        return new Ss12000Client(server.baseUrl(), server.tokenUrl(), FakeSs12000Server.CLIENT_ID, FakeSs12000Server.CLIENT_SECRET, null,
                new se.sambruk.core.http.OutgoingUrls(java.util.List.of(java.net.URI.create(server.baseUrl()).getAuthority())));
    }

    @Test
    void readsEveryKindPageByPageWithOneToken() {
        SchoolDataReader.Read read = SchoolDataReader.readAll(client(), TODAY);

        SchoolData data = read.data();
        assertThat(read.problems()).isEmpty();
        assertThat(data.organisations()).hasSize(2);
        assertThat(data.schoolUnits()).extracting(SchoolRecords.Org::displayName).containsExactly("Alboskolan");
        assertThat(data.persons()).hasSize(3);
        Person alva = data.persons().get(pupil1);
        assertThat(alva.isStudent()).isTrue();
        assertThat(alva.enrolments()).containsExactly(new Enrolment(unit, "GR", 8, null));
        assertThat(alva.civicNo()).isEqualTo("201201012384");
        assertThat(data.persons().get(teacher).isStudent()).isFalse();
        assertThat(data.groups().get(klass).memberIds()).containsExactly(pupil1, pupil2);
        assertThat(data.duties().get(dutyId).personId()).isEqualTo(teacher);
        assertThat(data.activities().get(lesson).dutyIds()).containsExactly(dutyId);
        assertThat(server.tokensIssued()).isEqualTo(1);
    }

    @Test
    void aBadObjectIsReportedAndLeftOutTheRestIsRead() {
        server.put("persons", person(UUID.randomUUID(), "Utan", null, null));

        SchoolDataReader.Read read = SchoolDataReader.readAll(client(), TODAY);

        assertThat(read.data().persons()).hasSize(3);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("PERSON");
            assertThat(p.message()).isEqualTo("familyName is missing");
        });
    }

    @Test
    void readsChangesAndDeletionsAfterAnInstant() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(5);
        server.put("persons", pupil(pupil2, "Bo", "Ekström", null, unit, 9));
        server.delete("persons", pupil1.toString());

        SchoolDataReader.Read read = SchoolDataReader.readChanges(client(), before, TODAY);

        assertThat(read.records()).singleElement().isInstanceOfSatisfying(Person.class,
                p -> assertThat(p.familyName()).isEqualTo("Ekström"));
        assertThat(read.deleted()).containsEntry(SchoolObjectKind.PERSON, List.of(pupil1));
        assertThat(read.deletedCount()).isEqualTo(1);
    }

    @Test
    void asksForChangesOnEveryKindAndForTheDeletionsOfTheKindsItReads() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(5);
        server.put("groups", group(klass, "8A", "Klass", unit, pupil2));

        SchoolDataReader.Read read = SchoolDataReader.readChanges(client(), before, TODAY);

        assertThat(read.records()).singleElement().isInstanceOf(SchoolRecords.Group.class);
        assertThat(server.queries()).filteredOn(q -> !q.startsWith("deletedEntities")).hasSize(SchoolObjectKind.values().length)
                .allSatisfy(q -> assertThat(q).contains("meta.modified.after=" + before));
        assertThat(server.queries()).filteredOn(q -> q.startsWith("deletedEntities")).singleElement().asString()
                .contains("after=").contains("entities=Person").contains("entities=Group");
    }

    @Test
    void theLocalApiRefusesADateThatIsNotRfc3339AsTheRealOneDoes() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String basic = java.util.Base64.getEncoder().encodeToString((FakeSs12000Server.CLIENT_ID + ":" + FakeSs12000Server.CLIENT_SECRET).getBytes());
        String token = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.tokenUrl())).header("Authorization", "Basic " + basic)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        for (String path : List.of("/persons?meta.modified.after=2026-12-07", "/deletedEntities?after=igår", "/persons?meta.modified.after=2026-12-07T10:00:00")) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
        }
        java.net.http.HttpResponse<String> offset = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl()
                + "/persons?meta.modified.after=2026-12-07T10:00:00%2B01:00")).header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(offset.statusCode()).isEqualTo(200);
    }

    @Test
    void readsACsvFileWithoutKnowingAnyService() {
        String csv = CsvSchoolDataTests.HEADER
                + "SCHOOL_UNIT;" + unit + ";Alboskolan;;;;;;;12345678;GY;;;;\n"
                + "STUDENT;" + pupil1 + ";;Alva;Berg;;alva@skola.example;;" + unit + ";;GY;1;NA;;\n";

        SchoolDataReader.Read read = SchoolDataReader.readCsv(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(read.problems()).isEmpty();
        assertThat(read.data().persons().get(pupil1).enrolments()).containsExactly(new Enrolment(unit, "GY", 1, "NA"));
    }

    @Test
    void theFakeMisbehavesAsARealPeerCan() {
        Ss12000Client client = client();
        assertThat(SchoolDataReader.readAll(client, TODAY).records()).hasSize(8);

        // a revoked token: 401
        server.revokeToken();
        assertThatThrownBy(() -> SchoolDataReader.readAll(client, TODAY))
                .isInstanceOf(org.springframework.web.client.HttpClientErrorException.Unauthorized.class);

        // a server error with its body
        server.failWith(503, "{\"code\":\"unavailable\"}");
        assertThatThrownBy(() -> SchoolDataReader.readAll(client(), TODAY))
                .isInstanceOf(org.springframework.web.client.HttpServerErrorException.class)
                .hasMessageContaining("503");
        server.failWith(0, null);

        // a body that is not JSON
        server.answerRaw("<html>Underhåll pågår</html>");
        assertThatThrownBy(() -> SchoolDataReader.readAll(client(), TODAY)).isInstanceOf(RuntimeException.class);
        server.answerRaw(null);

        // slower than the client waits
        server.slow(java.time.Duration.ofMillis(1500));
        Ss12000Client impatient = new Ss12000Client(server.baseUrl(), server.tokenUrl(), FakeSs12000Server.CLIENT_ID,
                FakeSs12000Server.CLIENT_SECRET, null, new OutgoingUrls(List.of(java.net.URI.create(server.baseUrl()).getAuthority())),
                java.time.Duration.ofSeconds(2), java.time.Duration.ofMillis(300));
        assertThatThrownBy(() -> SchoolDataReader.readAll(impatient, TODAY))
                .satisfies(e -> assertThat(se.sambruk.core.http.RemoteAnswers.reason(e)).isEqualTo("Servern svarade inte i tid."));
        server.slow(java.time.Duration.ZERO);

        // one object a page: still everything
        server.pageSize(1);
        int before = server.collectionRequests();
        assertThat(SchoolDataReader.readAll(client(), TODAY).records()).hasSize(8);
        assertThat(server.collectionRequests() - before).isGreaterThanOrEqualTo(8);
    }
}
