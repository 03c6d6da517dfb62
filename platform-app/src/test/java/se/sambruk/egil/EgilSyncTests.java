package se.sambruk.egil;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.SupplierConnections;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.ObjectKey;
import se.sambruk.egil.sync.ScimType;
import se.sambruk.egil.sync.SentState;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncService;
import se.sambruk.schooldata.FakeSs12000Server;
import se.sambruk.schooldata.SchoolDataConnectionForm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sambruk.schooldata.Ss12000Objects.activity;
import static se.sambruk.schooldata.Ss12000Objects.duty;
import static se.sambruk.schooldata.Ss12000Objects.group;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.person;
import static se.sambruk.schooldata.Ss12000Objects.pupil;

/** The sync engine end to end: a local SS 12000 source, a local SCIM supplier, EGIL in between. */
class EgilSyncTests extends PlatformTest {

    static final UUID ORGANISER = UUID.randomUUID();
    final UUID unitA = UUID.randomUUID(), unitB = UUID.randomUUID();
    final UUID p1 = UUID.randomUUID(), p2 = UUID.randomUUID(), p3 = UUID.randomUUID(), p4 = UUID.randomUUID(), p5 = UUID.randomUUID();
    final UUID bad = UUID.randomUUID(), teacher = UUID.randomUUID(), dutyId = UUID.randomUUID();
    final UUID klass = UUID.randomUUID(), maths = UUID.randomUUID(), lesson = UUID.randomUUID();

    @Autowired Sources sources;
    @Autowired SourceReading reading;
    @Autowired Suppliers suppliers;
    @Autowired SupplierConnections connections;
    @Autowired SyncService sync;
    @Autowired SentState state;

    FakeSs12000Server school;
    FakeScimServer scim;
    long organisation;
    Source source;

    private static final List<String> ORGANISATIONS = List.of("Arjeplog", "Arvidsjaur", "Bjurholm", "Dorotea", "Gällivare", "Haparanda",
            "Jokkmokk", "Kalix", "Malå", "Nordmaling", "Pajala", "Sorsele", "Storuman", "Vilhelmina");
    private static int next;

    @BeforeEach
    void setUp() throws Exception {
        organisation = organisationId(ORGANISATIONS.get(next++ % ORGANISATIONS.size()));
        jdbc.update("delete from egil.source where organisation_id = ?", organisation);
        jdbc.update("delete from egil.supplier where organisation_id = ?", organisation);
        school = new FakeSs12000Server();
        scim = FakeScimServer.http();
        school.put("organisations", organisation(ORGANISER, "Huvudman", "Testkommunen", null));
        school.put("organisations", organisation(unitA, "Skolenhet", "Norra skolan", ORGANISER));
        school.put("organisations", organisation(unitB, "Skolenhet", "Södra skolan", ORGANISER));
        school.put("persons", pupil(p1, "Alva", "Berg", "201001012382", unitA, 7));
        school.put("persons", pupil(p2, "Noah", "Lind", "201002022384", unitA, 7));
        school.put("persons", pupil(p3, "Saga", "Ek", null, unitA, 8));
        school.put("persons", pupil(p4, "Omar", "Ali", null, unitA, 8));
        school.put("persons", pupil(p5, "Ebba", "Holm", null, unitB, 9));
        school.put("persons", pupil(bad, "Utan", null, null, unitA, 7));
        school.put("persons", person(teacher, "Karin", "Lärarsson", null));
        school.put("groups", group(klass, "7A", "Klass", unitA, p1, p2, UUID.randomUUID()));
        school.put("groups", group(maths, "Ma 8", "Undervisning", unitA, p3, p4));
        school.put("duties", duty(dutyId, teacher, unitA));
        school.put("activities", activity(lesson, "Matematik 8", unitA, maths, dutyId));
        SchoolDataConnectionForm form = new SchoolDataConnectionForm();
        form.setBaseUrl(allowFake(school.baseUrl()));
        form.setTokenUrl(allowFake(school.tokenUrl()));
        form.setClientId(FakeSs12000Server.CLIENT_ID);
        form.setClientSecret(FakeSs12000Server.CLIENT_SECRET);
        var errors = new org.springframework.validation.BeanPropertyBindingResult(form, "schoolDataForm");
        source = reading.create(organisation, "Elevregistret", Source.Kind.SS12000, form, errors, "test").orElseThrow(() -> new AssertionError(errors));
    }

    @AfterEach
    void tearDown() {
        school.close();
        scim.close();
    }

    Supplier supplier(String name) {
        Supplier supplier = new Supplier(organisation, name, allowFake(scim.baseUrl()));
        supplier.setAuthKind(Supplier.AuthKind.API_KEY);
        supplier.setApiKeyHeader("X-Api-Key");
        connections.storeApiKey(supplier, "api-key-1");
        return suppliers.save(supplier);
    }

    @Test
    void firstSyncSendsEveryObjectInTheProfilesOrderAndBadObjectsAreReportedNotSent() {
        SourceReading.Outcome read = reading.readFull(source);
        assertThat(read.problems()).extracting(p -> p.objectId()).containsExactly(bad.toString());
        assertThat(read.problems().get(0).message()).contains("familyName");
        Supplier supplier = supplier("Förlaget");

        SyncRun run = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(run.getPlannedCreates()).isEqualTo(13);
        assertThat(scim.held()).hasSize(13).containsKeys("Users/" + p1, "Users/" + teacher, "StudentGroups/" + klass,
                "SchoolUnits/" + unitA, "Organisations/" + ORGANISER, "Employments/" + dutyId, "Activities/" + lesson);
        assertThat(scim.held()).doesNotContainKey("Users/" + bad);
        List<FakeScimServer.Request> requests = scim.requests();
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("application/scim+json");
            assertThat(r.apiKey()).isEqualTo("api-key-1");
        });
        List<String> order = requests.stream().map(r -> r.path()).distinct().toList();
        assertThat(order.indexOf("Organisations")).isLessThan(order.indexOf("SchoolUnits"));
        assertThat(order.indexOf("SchoolUnits")).isLessThan(order.indexOf("Users"));
        assertThat(order.indexOf("Employments")).isLessThan(order.indexOf("StudentGroups"));
        assertThat(order.indexOf("StudentGroups")).isLessThan(order.indexOf("Activities"));
        String user = scim.held().get("Users/" + p1);
        assertThat(user).contains("\"externalId\":\"" + p1 + "\"", "urn:scim:schemas:extension:sis:school:1.0:User",
                "urn:ietf:params:scim:schemas:core:2.0:User", "\"schoolYear\":7").doesNotContain("201001012382");
        assertThat(scim.held().get("StudentGroups/" + klass)).contains(p1.toString(), p2.toString());
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'egil.person' and target_id = ?",
                Integer.class, p1.toString())).isEqualTo(1);

        scim.clearRequests();
        SyncRun again = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        assertThat(again.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(again.getPlanned()).isZero();
        assertThat(scim.requests()).isEmpty();
    }

    @Test
    void incrementalReadSendsOnlyTheRenamedGroupAndDeletesThePupilWhoLeft() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        supplier.setMaxChangePercent(50);
        suppliers.save(supplier);
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        scim.clearRequests();

        school.put("groups", group(maths, "Matte 8", "Undervisning", unitA, p3));
        school.delete("persons", p4.toString());
        SourceReading.Outcome changes = reading.readChanges(source);
        assertThat(changes.deleted()).isEqualTo(1);
        SyncRun run = sync.runNow(supplier, SyncRun.Trigger.WEBHOOK, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(scim.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("PUT StudentGroups/" + maths, "DELETE Users/" + p4);
        assertThat(scim.held().get("StudentGroups/" + maths)).contains("Matte 8").doesNotContain(p4.toString());
        assertThat(state.held(supplier.getId())).doesNotContainKey(new ObjectKey(ScimType.STUDENT, p4));
        assertThat(jdbc.queryForList("select operation from egil.transfer where person_id = ? order by id", String.class, p4))
                .containsExactly("POST", "DELETE");
    }

    @Test
    void aPupilWhoLeavesIsDeletedOnlyAfterTheOrganisersDelay() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        supplier.setDeletionDelayDays(30);
        suppliers.save(supplier);
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        school.delete("persons", p5.toString());
        reading.readChanges(source);

        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(scim.held()).containsKey("Users/" + p5);
        assertThat(jdbc.queryForObject("select gone_since is not null from egil.sent_object where supplier_id = ? and external_id = ?",
                Boolean.class, supplier.getId(), p5)).isTrue();
        jdbc.update("update egil.sent_object set gone_since = now() - interval '31 days' where supplier_id = ? and external_id = ?",
                supplier.getId(), p5);
        SyncRun later = sync.runNow(supplier, SyncRun.Trigger.NIGHTLY, "test");
        assertThat(later.getPlannedDeletes()).isEqualTo(1);
        assertThat(scim.held()).doesNotContainKey("Users/" + p5);
    }

    @Test
    void aSupplierThatFailsHalfwayGetsTheRestNextRunAndNothingTwice() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        supplier.setMaxInFlight(1);
        suppliers.save(supplier);
        scim.outageAfter(5, 503);

        SyncRun broken = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(broken.getStatus()).isEqualTo(SyncRun.Status.DONE_WITH_FAILURES);
        assertThat(broken.getDone()).isEqualTo(5);
        assertThat(broken.getFailed() + broken.getWaiting()).isEqualTo(8);
        assertThat(broken.getWaiting()).as("what refers to an object the supplier refused waits, unsent").isPositive();
        assertThat(state.held(supplier.getId())).hasSize(5);
        assertThat(jdbc.queryForObject("select answer from egil.transfer where run_id = ? and not succeeded and operation <> 'WAIT' limit 1",
                String.class, broken.getId())).contains("fake failure");
        assertThat(scim.requests()).hasSize(5 + broken.getFailed() * 4);

        scim.recover();
        SyncRun recovered = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(recovered.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(recovered.getPlannedCreates()).isEqualTo(8);
        assertThat(scim.held()).hasSize(13);
        Map<String, Long> postsPerObject = scim.requests().stream().filter(r -> r.method().equals("POST") && !r.body().isEmpty())
                .collect(Collectors.groupingBy(r -> r.path() + r.body().hashCode(), Collectors.counting()));
        assertThat(state.held(supplier.getId())).hasSize(13);
        assertThat(jdbc.queryForObject("select count(*) from egil.transfer where supplier_id = ? and succeeded and operation = 'POST'",
                Integer.class, supplier.getId())).isEqualTo(13);
        assertThat(postsPerObject).isNotEmpty();
    }

    @Test
    void twoPeopleWithOneUserNameAreCaughtInTheSourceCheckAndTheRunHasNoFailedRequest() {
        UUID namesake = UUID.randomUUID(), namesakeDuty = UUID.randomUUID();
        school.put("persons", person(namesake, "Alva", "Lärarsson", null));
        school.put("duties", duty(namesakeDuty, namesake, unitA));
        school.put("activities", activity(UUID.randomUUID(), "Svenska 8", unitA, maths, namesakeDuty));
        SourceReading.Outcome read = reading.readFull(source);
        assertThat(read.problems()).filteredOn(p -> p.message().contains("userName alva@skola.example"))
                .extracting(p -> p.objectId()).containsExactlyInAnyOrder(p1.toString(), namesake.toString());
        Supplier supplier = supplier("Förlaget");
        assertThat(sync.preview(supplier).problems()).filteredOn(p -> p.message().contains("userName"))
                .extracting(p -> p.objectId()).containsExactlyInAnyOrder(p1.toString(), namesake.toString());

        SyncRun run = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(run.getFailed()).isZero();
        assertThat(run.getWaiting()).isZero();
        assertThat(scim.requests()).noneMatch(r -> r.body().contains(p1.toString()) || r.body().contains(namesake.toString()));
        assertThat(scim.held()).doesNotContainKeys("Users/" + p1, "Users/" + namesake).containsKeys("Users/" + p2, "StudentGroups/" + klass);
        assertThat(jdbc.queryForObject("select count(*) from egil.transfer where run_id = ? and not succeeded", Integer.class, run.getId()))
                .isZero();

        scim.clearRequests();
        SyncRun again = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        assertThat(again.getPlanned()).isZero();
        assertThat(scim.requests()).isEmpty();
    }

    @Test
    void on409EgilAsksTheSupplierAndReportsAConflictInsteadOfOverwritingAndWhatReferstoItWaits() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        UUID stranger = UUID.randomUUID();
        scim.hold("Users/" + stranger, "{\"externalId\":\"" + stranger + "\",\"userName\":\"ALVA@skola.example\",\"displayName\":\"Alva Annan\"}");

        SyncRun run = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE_WITH_FAILURES);
        assertThat(run.getFailed()).isEqualTo(1);
        assertThat(run.getWaiting()).as("7A lists Alva").isEqualTo(1);
        assertThat(scim.requests()).extracting(r -> r.method() + " " + r.path())
                .contains("GET Users?filter=externalId eq \"" + p1 + "\"", "GET Users?filter=userName eq \"alva@skola.example\"")
                .doesNotContain("PUT Users/" + p1, "PUT Users/" + stranger);
        assertThat(scim.requests()).noneMatch(r -> r.body().contains("\"externalId\":\"" + klass + "\""));
        assertThat(scim.held().get("Users/" + stranger)).contains("Alva Annan");
        Map<String, String> reasons = jdbc.query("select operation, answer from egil.transfer where run_id = ? and not succeeded",
                rs -> {
                    Map<String, String> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                    return m;
                }, run.getId());
        assertThat(reasons.get("CONFLICT")).contains("userName alva@skola.example is taken at the supplier by Users/" + stranger, "Alva Annan");
        assertThat(reasons.get("WAIT")).contains("Users/" + p1);
    }

    @Test
    void aCrashAfterSendingButBeforeRecordingIsHealedByTakingOverNotByCreatingTwice() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        jdbc.update("delete from egil.sent_object where supplier_id = ? and object_type in ('STUDENT', 'STUDENT_GROUP')", supplier.getId());
        scim.clearRequests();

        SyncRun healed = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(healed.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(healed.getFailed()).isZero();
        assertThat(scim.held()).hasSize(13);
        assertThat(scim.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(healed.getPlannedCreates());
        assertThat(jdbc.queryForObject("select count(*) from egil.transfer where run_id = ? and operation = 'PUT' and succeeded",
                Integer.class, healed.getId())).isEqualTo(healed.getPlannedCreates());
        assertThat(state.held(supplier.getId())).hasSize(13);
    }

    @Test
    void transientErrorsAreRetriedAndConflictsAndMissingObjectsAreHealed() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        supplier.setMaxInFlight(1);
        suppliers.save(supplier);
        scim.hold("Users/" + p1, "{\"externalId\":\"" + p1 + "\"}");
        scim.failNext(2, 503);

        SyncRun run = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(scim.held().get("Users/" + p1)).contains("Alva");
        assertThat(jdbc.queryForObject("select operation from egil.transfer where run_id = ? and external_id = ?", String.class,
                run.getId(), p1)).isEqualTo("PUT");

        scim.held().remove("Users/" + p2);
        school.put("persons", pupil(p2, "Noah", "Lindström", "201002022384", unitA, 7));
        reading.readChanges(source);
        SyncRun healed = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        assertThat(healed.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(scim.held().get("Users/" + p2)).contains("Lindström");
        assertThat(jdbc.queryForObject("select operation from egil.transfer where run_id = ? and external_id = ?", String.class,
                healed.getId(), p2)).isEqualTo("POST");
    }

    @Test
    void aRunThatWouldDeleteTooMuchStopsUntilAnAdministratorConfirms() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        supplier.setMaxDeletes(1);
        supplier.setMaxChangePercent(100);
        suppliers.save(supplier);
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        school.delete("persons", p1.toString());
        school.delete("persons", p2.toString());
        school.delete("persons", p5.toString());
        reading.readChanges(source);
        scim.clearRequests();

        SyncRun stopped = sync.runNow(supplier, SyncRun.Trigger.NIGHTLY, "test");

        assertThat(stopped.getStatus()).isEqualTo(SyncRun.Status.AWAITING_CONFIRMATION);
        assertThat(stopped.getMessage()).contains("deletes 3");
        assertThat(scim.requests()).isEmpty();
        assertThat(scim.held()).containsKey("Users/" + p1);

        SyncRun confirmed = sync.confirm(stopped, "ale", false);
        assertThat(confirmed.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(confirmed.getConfirmedBy()).isEqualTo("ale");
        assertThat(scim.held()).doesNotContainKeys("Users/" + p1, "Users/" + p2, "Users/" + p5);
        assertThat(scim.requests()).filteredOn(r -> r.method().equals("DELETE")).hasSize(3);
    }

    @Test
    void theSelectionSendsOnlyTheChosenGroupsPupilsAndTheirTeachers() {
        reading.readFull(source);
        Supplier supplier = supplier("Matteförlaget");
        supplier.select(new se.sambruk.egil.suppliers.Selection(java.util.Set.of(unitA), java.util.Set.of("GR"), java.util.Set.of(8),
                java.util.Set.of("Undervisning"), java.util.Set.of(), true, java.util.Set.of(p4)));
        suppliers.save(supplier);

        var preview = sync.preview(supplier);
        assertThat(preview.desired().objects().keySet()).extracting(k -> k.type() + " " + k.externalId()).containsExactlyInAnyOrder(
                "ORGANISATION " + ORGANISER, "SCHOOL_UNIT " + unitA, "STUDENT " + p3, "TEACHER " + teacher, "EMPLOYMENT " + dutyId,
                "STUDENT_GROUP " + maths, "ACTIVITY " + lesson);
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        assertThat(scim.held()).hasSize(7).doesNotContainKeys("Users/" + p1, "Users/" + p4, "Users/" + p5);
    }

    @Test
    void dnpGetsTheCivicNumberSchoolTypeAndTheTestGroup() {
        school.put("groups", group(klass, "NP 7", "Provgrupp", unitA, p1, p2));
        reading.readFull(source);
        Supplier dnp = supplier("DNP");
        dnp.setDnp(true);
        dnp.select(new se.sambruk.egil.suppliers.Selection(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of("Provgrupp"), java.util.Set.of(), true, java.util.Set.of()));
        suppliers.save(dnp);

        sync.runNow(dnp, SyncRun.Trigger.MANUAL, "test");

        assertThat(scim.held()).containsKeys("Users/" + p1, "Users/" + p2, "StudentGroups/" + klass).doesNotContainKey("Users/" + p3);
        assertThat(scim.held().get("Users/" + p1)).contains("\"civicNo\":\"201001012382\"", "\"schoolType\":\"GR\"");
        assertThat(scim.held().get("StudentGroups/" + klass)).contains("\"studentGroupType\":\"Provgrupp\"");
    }

    @Test
    void rebuildLearnsWhatTheSupplierHoldsFromItsCollections() {
        reading.readFull(source);
        Supplier supplier = supplier("Förlaget");
        sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        jdbc.update("delete from egil.sent_object where supplier_id = ?", supplier.getId());
        scim.hold("Users/" + UUID.randomUUID(), "{\"externalId\":\"" + UUID.randomUUID() + "\"}");

        SyncRun rebuilt = sync.rebuild(supplier, "test");

        assertThat(rebuilt.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(state.held(supplier.getId())).hasSize(14);
        scim.clearRequests();
        supplier.setMaxChangePercent(100);
        suppliers.save(supplier);
        SyncRun after = sync.runNow(supplier, SyncRun.Trigger.MANUAL, "test");
        assertThat(after.getPlannedCreates()).isZero();
        assertThat(after.getPlannedDeletes()).isEqualTo(1);
        assertThat(scim.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @org.springframework.beans.factory.annotation.Autowired se.sambruk.egil.secrets.SecretBox secrets;

    /** The migration's text, run as Flyway runs it. */
    String migration(String path) throws Exception {
        return new String(new org.springframework.core.io.ClassPathResource(path).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"db/migration/egil/V31__sources_to_schooldata.sql",
            "db/migration/schooldata/V3__older_connections.sql"})
    void anApiSourceKeptTheOldWayIsMovedToTheSharedStoreWhicheverMigrationRunsAndItsSecretStillOpens(String migration) throws Exception {
        // egil.source as it was up to egil/V30, with a source whose connection and sealed secret are its own columns
        jdbc.execute("alter table egil.source add column base_url varchar(500), add column token_url varchar(500), add column client_id varchar(200), "
                + "add column client_secret_cipher text, add column scope varchar(200), add column modified_cursor timestamptz");
        long old = jdbc.queryForObject("""
                insert into egil.source (organisation_id, name, kind, base_url, token_url, client_id, client_secret_cipher, modified_cursor)
                values (?, 'Gammal källa', 'SS12000', ?, ?, ?, ?, now()) returning id""", Long.class, organisation, allowFake(school.baseUrl()),
                allowFake(school.tokenUrl()), FakeSs12000Server.CLIENT_ID, secrets.seal("egil.source.client-secret", FakeSs12000Server.CLIENT_SECRET));

        jdbc.execute(migration(migration));

        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = 'egil' and table_name = 'source' "
                + "and column_name in ('base_url', 'client_secret_cipher', 'modified_cursor')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select base_url from schooldata.connection where organisation_id = ? and service = ?", String.class,
                organisation, "egil/" + old)).isEqualTo(school.baseUrl());
        Source moved = sources.findById(old).orElseThrow();
        assertThat(reading.test(moved).ok()).isTrue();
        assertThat(reading.readChanges(moved).objects()).as("the first read after the move is complete").isEqualTo(13);
        jdbc.execute(migration(migration)); // once moved, running it again does nothing
    }
}
