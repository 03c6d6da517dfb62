package se.sambruk.fixamingata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sambruk.PlatformTest;
import se.sambruk.fixamingata.report.Reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * FixaMinGata at 1,000,000 reports (bench/fixamingata.sh; only with -Dfmg.bench=true): the nearby
 * query, Open311 GET requests over HTTP, the staff inbox. Prints figures; asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "fmg.bench", matches = "true")
class FixaMinGataBenchmark extends PlatformTest {

    static final int REPORTS = Integer.getInteger("fmg.bench.reports", 1_000_000);

    @Autowired
    Reports reports;
    @LocalServerPort
    int port;

    @Test
    void oneMillionReports() throws Exception {
        long ale = organisationId("Ale");
        mvc.perform(get("/fixamingata/rapportera").param("lat", "57.96").param("lon", "12.15")); // Ale's categories exist
        long started = System.nanoTime();
        // 12 municipalities' worth of reports spread over Ale's area and a month per 30,000 reports;
        // every report in one of Ale's categories, open ones mostly
        jdbc.execute("""
                insert into fixamingata.report (organisation_id, kommunkod, category_id, lat, lon, title, detail, reporter_name,
                  reporter_email, show_name, state, source, manage_token, created_at, confirmed_at, updated_at)
                select %d, '1440', c.ids[1 + (g %% array_length(c.ids, 1))], 57.90 + random() * 0.15, 12.00 + random() * 0.35,
                  'Benchmark ' || g, 'Rapport nummer ' || g, 'Bänk Mark', 'bench@example.se', false,
                  (array['CONFIRMED','INVESTIGATING','IN_PROGRESS','FIXED_BY_MUNICIPALITY','FIXED','UNABLE_TO_FIX'])[1 + (g %% 6)],
                  'web', md5(g::text || random()::text), now() - (g / 30000.0) * interval '1 day', now(), now()
                from generate_series(1, %d) g,
                  (select array_agg(id order by id) as ids from fixamingata.category where organisation_id = %d) c
                """.formatted(ale, REPORTS, ale));
        jdbc.execute("analyze fixamingata.report");
        System.out.printf("FMG bench: inserted %,d reports in %d s%n", REPORTS, (System.nanoTime() - started) / 1_000_000_000);
        long category = jdbc.queryForObject("select min(id) from fixamingata.category where organisation_id = ?", Long.class, ale);

        Random random = new Random(42);
        for (int i = 0; i < 200; i++) { // warm-up
            reports.nearbyOpen(category, 57.90 + random.nextDouble() * 0.15, 12.00 + random.nextDouble() * 0.35, 250, 5, null);
        }
        long[] nearby = new long[2000];
        int found = 0;
        for (int i = 0; i < nearby.length; i++) {
            long t = System.nanoTime();
            found += reports.nearbyOpen(category, 57.90 + random.nextDouble() * 0.15, 12.00 + random.nextDouble() * 0.35, 250, 5, null).size();
            nearby[i] = System.nanoTime() - t;
        }
        print("nearby (250 m, same category, open, up to 5)", nearby);
        System.out.printf("FMG bench: nearby found %.1f reports on average%n", found / (double) nearby.length);

        String url = "http://127.0.0.1:" + port + "/open311/v2/requests.json?jurisdiction_id=1440";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        if (status != 200) {
            throw new AssertionError("Open311 answered " + status);
        }
        if (new java.io.File("/usr/bin/wrk").canExecute()) { // wrk, as bench/run.sh: far less CPU than a Java client in this JVM
            for (String[] run : new String[][]{{"5s", "warm-up"}, {"20s", "measured"}}) {
                Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + run[0], url).redirectErrorStream(true).start();
                String output = new String(wrk.getInputStream().readAllBytes());
                wrk.waitFor();
                if (run[1].equals("measured")) {
                    System.out.printf("FMG bench: Open311 GET requests.json (100 newest of the municipality), wrk -t2 -c16 -d20s:%n%s%n",
                            output.lines().filter(line -> line.contains("Requests/sec") || line.contains("Latency") || line.contains("Non-2xx")
                                    || line.contains("requests in")).map(line -> "FMG bench:   " + line.strip()).reduce("", (a, b) -> a + b + "\n"));
                }
            }
        }
        int threads = Integer.getInteger("fmg.bench.threads", 8);
        int seconds = Integer.getInteger("fmg.bench.seconds", 20);
        runFor(client, request, threads, 5); // warm-up
        long[] counts = runFor(client, request, threads, seconds);
        System.out.printf("FMG bench: Open311 GET requests.json (100 newest of the municipality): %,.0f requests/s over %d s, %d threads, %d errors%n",
                counts[0] / (double) seconds, seconds, threads, counts[1]);

        Cookie handler = login("ale");
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/fixamingata/handlaggning").cookie(handler));
        }
        long[] inbox = new long[200];
        for (int i = 0; i < inbox.length; i++) {
            long t = System.nanoTime();
            int answered = mvc.perform(get("/fixamingata/handlaggning").cookie(handler).param("group", i % 2 == 0 ? "OPEN" : "FIXED")
                    .param("category", i % 4 == 0 ? String.valueOf(category) : "")).andReturn().getResponse().getStatus();
            inbox[i] = System.nanoTime() - t;
            if (answered != 200) {
                throw new AssertionError("inbox answered " + answered);
            }
        }
        print("staff inbox page (100 newest, filtered, rendered)", inbox);

        // the handlers' map (1,000 newest of the filter), the dashboard (a year of the municipality, aggregated in SQL)
        // and a month of updates as CSV; a vacuum first, as autovacuum would have done, so the dashboard's index-only scans apply
        jdbc.execute("vacuum analyze fixamingata.report");
        measure(handler, "/fixamingata/handlaggning/karta", "staff map page (1,000 newest of the filter, rendered)", 50);
        long anyReport = jdbc.queryForObject("select max(id) from fixamingata.report where organisation_id = ?", Long.class, ale);
        // a new timeline entry before each run: the dashboard's figures are computed, not reused
        measure(handler, "/fixamingata/handlaggning/oversikt", "staff dashboard, computed (12 months of " + REPORTS + " reports)", 10,
                () -> jdbc.update("insert into fixamingata.report_update (report_id, organisation_id, kind, internal) values (?, ?, 'NOTE', true)",
                        anyReport, ale));
        measure(handler, "/fixamingata/handlaggning/oversikt", "staff dashboard, reused (nothing changed)", 20);
        measure(handler, "/fixamingata/handlaggning/uppdateringar.csv", "updates CSV (last 30 days)", 20);
    }

    private void measure(Cookie handler, String path, String what, int runs) throws Exception {
        measure(handler, path, what, runs, () -> { });
    }

    private void measure(Cookie handler, String path, String what, int runs, Runnable beforeEach) throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get(path).cookie(handler));
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long t = System.nanoTime();
            int answered = mvc.perform(get(path).cookie(handler)).andReturn().getResponse().getStatus();
            times[i] = System.nanoTime() - t;
            if (answered != 200) {
                throw new AssertionError(path + " answered " + answered);
            }
        }
        print(what, times);
    }

    private static long[] runFor(HttpClient client, HttpRequest request, int threads, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                long ok = 0, errors = 0;
                while (!stop.get()) {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        ok++;
                    } else {
                        errors++;
                    }
                }
                return new long[]{ok, errors};
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long ok = 0, errors = 0;
        for (Future<long[]> result : results) {
            ok += result.get()[0];
            errors += result.get()[1];
        }
        pool.shutdown();
        return new long[]{ok, errors};
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("FMG bench: %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
