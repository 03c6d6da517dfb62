package se.sambruk.egil;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.egil.demo.RegionGenerator;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.Selection;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.SupplierConnections;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EGIL benchmark (bench/egil.sh; skipped unless -Degil.bench=true): a region of 20,000
 * pupils, 2,000 teachers and 3,000 groups in 50 school units, to a local SCIM server that answers
 * in about 5 ms. A full sync, then a sync after 1 % of the pupils changed; the same with one
 * request at a time (the reference client's way), the full one on a tenth of the region
 * ({@code -Degil.bench.sequential-units=50} for all of it) to a second supplier's server that
 * holds nothing yet. Every run must end without a failed
 * request, a waiting object or an error answer from the supplier, or it is not a figure.
 */
@EnabledIfSystemProperty(named = "egil.bench", matches = "true")
class EgilSyncBenchmark extends PlatformTest {

    @Autowired Sources sources;
    @Autowired SourceReading reading;
    @Autowired Suppliers suppliers;
    @Autowired SupplierConnections connections;
    @Autowired SyncService sync;

    @Test
    void region() throws Exception {
        int pupils = Integer.getInteger("egil.bench.pupils", 20_000);
        int inFlight = Integer.getInteger("egil.bench.inflight", 32);
        long organisation = organisationId("Göteborg");
        jdbc.update("delete from egil.source where organisation_id = ?", organisation);
        jdbc.update("delete from egil.supplier where organisation_id = ?", organisation);
        RegionGenerator region = new RegionGenerator("Region", 50, pupils, pupils / 10, pupils * 3 / 20);
        String csv = region.csv();
        Source source = sources.save(new Source(organisation, "Benchmark", Source.Kind.CSV));
        long t = System.nanoTime();
        SourceReading.Outcome read = reading.importCsv(source, csv.getBytes(StandardCharsets.UTF_8));
        report("csv import", read.objects() + " objects", t);
        assertThat(read.problems()).isEmpty();

        try (FakeScimServer scim = FakeScimServer.http()) {
            scim.delay(5);
            Supplier concurrent = supplier(organisation, "Concurrent", scim, inFlight, Set.of());
            t = System.nanoTime();
            SyncRun full = sync.runNow(concurrent, SyncRun.Trigger.MANUAL, "bench");
            report("full sync, " + inFlight + " in flight", outcome(full, scim), t);
            countsAsAFigure(full, scim);

            String changed = changeOnePercent(csv, region, pupils);
            t = System.nanoTime();
            reading.importCsv(source, changed.getBytes(StandardCharsets.UTF_8));
            report("csv import (1 % changed)", "", t);
            t = System.nanoTime();
            SyncRun incremental = sync.runNow(concurrent, SyncRun.Trigger.MANUAL, "bench");
            report("incremental sync, " + inFlight + " in flight", outcome(incremental, scim) + " (" + incremental.getPlannedUpdates()
                    + " updates)", t);
            countsAsAFigure(incremental, scim);

            reading.importCsv(source, csv.getBytes(StandardCharsets.UTF_8));
            int sequentialUnits = Integer.getInteger("egil.bench.sequential-units", 5);
            Set<UUID> tenth = new java.util.LinkedHashSet<>();
            for (int u = 0; u < sequentialUnits; u++) {
                tenth.add(region.unitId(u));
            }
            try (FakeScimServer own = FakeScimServer.http()) {
                // a supplier of its own, holding nothing yet: the same full sync, one request at a time
                own.delay(5);
                Supplier sequential = supplier(organisation, "Sequential", own, 1, tenth);
                t = System.nanoTime();
                SyncRun oneAtATime = sync.runNow(sequential, SyncRun.Trigger.MANUAL, "bench");
                report("full sync of " + sequentialUnits + " of 50 units, 1 in flight", outcome(oneAtATime, own), t);
                countsAsAFigure(oneAtATime, own);
            }

            // the incremental sync one request at a time, to the supplier that holds the region
            Supplier sequential = supplier(organisation, "Sequential incremental", scim, 1, Set.of());
            sequential.select(Selection.everything());
            suppliers.save(sequential);
            jdbc.update("""
                    insert into egil.sent_object (supplier_id, object_type, external_id, organisation_id, person_id, label, hash, first_sent_at, last_sent_at)
                    select ?, object_type, external_id, organisation_id, person_id, label, hash, first_sent_at, last_sent_at
                    from egil.sent_object where supplier_id = ? on conflict do nothing
                    """, sequential.getId(), concurrent.getId());
            reading.importCsv(source, csv.getBytes(StandardCharsets.UTF_8));
            t = System.nanoTime();
            SyncRun sequentialIncremental = sync.runNow(sequential, SyncRun.Trigger.MANUAL, "bench");
            report("incremental sync, 1 in flight", outcome(sequentialIncremental, scim), t);
            countsAsAFigure(sequentialIncremental, scim);
        }
    }

    private static String outcome(SyncRun run, FakeScimServer scim) {
        return run.getDone() + " objects, " + run.getFailed() + " failed, " + run.getWaiting() + " waiting; "
                + scim.errorAnswers() + " error answers from the supplier so far";
    }

    /** A run with a failed request, a waiting object or an error answer is not a figure. */
    private static void countsAsAFigure(SyncRun run, FakeScimServer scim) {
        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.DONE);
        assertThat(run.getFailed()).isZero();
        assertThat(run.getWaiting()).isZero();
        assertThat(scim.errorAnswers()).isZero();
    }

    private Supplier supplier(long organisation, String name, FakeScimServer scim, int inFlight, Set<UUID> units) {
        Supplier supplier = new Supplier(organisation, name, allowFake(scim.baseUrl()));
        supplier.setAuthKind(Supplier.AuthKind.API_KEY);
        supplier.setApiKeyHeader("X-Api-Key");
        connections.storeApiKey(supplier, "bench");
        supplier.setMaxInFlight(inFlight);
        supplier.setRequestsPerSecond(10_000);
        supplier.setMaxChangePercent(100);
        supplier.setMaxDeletes(1_000_000);
        supplier.select(new Selection(units, Set.of(), Set.of(), Set.of(), Set.of(), true, Set.of()));
        return suppliers.save(supplier);
    }

    /** Every hundredth pupil gets a new given name (1 % of the pupils). */
    private static String changeOnePercent(String csv, RegionGenerator region, int pupils) {
        Set<String> changed = new java.util.HashSet<>();
        for (int p = 0; p < pupils; p += 100) {
            changed.add("STUDENT," + region.pupilId(p) + ",");
        }
        StringBuilder out = new StringBuilder(csv.length() + 4096);
        for (String line : csv.split("\n")) {
            String prefix = line.startsWith("STUDENT,") ? line.substring(0, 8 + 36 + 1) : "";
            out.append(changed.contains(prefix) ? line.replaceFirst(",,([^,]+),", ",,$1-Andra,") : line).append('\n');
        }
        return out.toString();
    }

    private static void report(String what, String detail, long startedNanos) {
        String line = String.format("EGIL-BENCH %-45s %8.2f s  %s%n", what, (System.nanoTime() - startedNanos) / 1e9, detail);
        System.out.print(line);
        System.out.flush();
        try {
            // also to a file as it happens: surefire's captured output is lost when a long run is stopped
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "egil-bench.txt"), line,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
