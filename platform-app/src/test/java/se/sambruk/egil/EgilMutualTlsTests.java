package se.sambruk.egil;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.PinnedTrustManager;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.SupplierConnections;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncService;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutual TLS to a supplier: our client certificate, and the supplier's key checked against the pin. */
class EgilMutualTlsTests extends PlatformTest {

    @TempDir
    Path dir;

    @Autowired Sources sources;
    @Autowired SchoolDataStore store;
    @Autowired Suppliers suppliers;
    @Autowired SupplierConnections connections;
    @Autowired SyncService sync;

    FakeScimServer scim;
    Path client;
    String serverPin;
    long organisation;

    @BeforeEach
    void setUp() throws Exception {
        organisation = organisationId("Överkalix");
        jdbc.update("delete from egil.source where organisation_id = ?", organisation);
        jdbc.update("delete from egil.supplier where organisation_id = ?", organisation);
        Path server = TestCertificates.keyStore(dir, "supplier");
        client = TestCertificates.keyStore(dir, "organiser");
        scim = FakeScimServer.https(TestCertificates.serverContext(server, TestCertificates.certificate(client)));
        serverPin = PinnedTrustManager.pinOf(TestCertificates.certificate(server));
        Source source = sources.save(new Source(organisation, "CSV", Source.Kind.CSV));
        store.replace(organisation, source.getId(), java.util.List.of(
                new Org(UUID.randomUUID(), "Skolenhet", "Skolan", "12345678", java.util.List.of("GR"), null, null)),
                java.util.List.of(), java.time.Instant.now());
    }

    @AfterEach
    void tearDown() {
        scim.close();
    }

    Supplier supplier(String pin) throws Exception {
        Supplier supplier = new Supplier(organisation, "TLS-förlaget", allowFake(scim.baseUrl()));
        supplier.setAuthKind(Supplier.AuthKind.MTLS_PIN);
        supplier.setPinSha256(pin);
        supplier.setMaxInFlight(1);
        connections.storeClientCertificate(supplier, TestCertificates.bytes(client), TestCertificates.PASSWORD);
        return suppliers.save(supplier);
    }

    @Test
    void theRightPinAndOurCertificateGetThrough() throws Exception {
        SyncRun run = sync.runNow(supplier("sha256/" + serverPin), SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(scim.held()).hasSize(1);
    }

    @Test
    void aSupplierWhoseKeyIsNotThePinnedOneIsRefused() throws Exception {
        String otherPin = PinnedTrustManager.pinOf(TestCertificates.certificate(TestCertificates.keyStore(dir, "impostor")));

        SyncRun run = sync.runNow(supplier(otherPin), SyncRun.Trigger.MANUAL, "test");

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE_WITH_FAILURES);
        assertThat(scim.requests()).isEmpty();
        assertThat(scim.held()).isEmpty();
        assertThat(jdbc.queryForObject("select status from egil.transfer where run_id = ?", Integer.class, run.getId())).isZero();
    }

    @Test
    void theCertificateIsStoredSealed() throws Exception {
        Supplier supplier = supplier(serverPin);
        String stored = jdbc.queryForObject("select client_certificate_cipher from egil.supplier where id = ?", String.class, supplier.getId());
        assertThat(stored).startsWith("v1:");
        assertThat(stored).doesNotContain(java.util.Base64.getEncoder().encodeToString(TestCertificates.bytes(client)).substring(0, 40));
    }
}
