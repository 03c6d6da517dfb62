package se.sambruk.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's worst case: the application is killed with {@code kill -9} while it serves
 * requests, and started again on the same embedded database folder. The JVM's own watchdog is
 * killed with it, so the embedded PostgreSQL is left running and holding its folder, as after an
 * out-of-memory kill of a whole process group; the new start must stop that server and come up.
 */
class CrashRestartTests {

    private static final Duration START_WAIT = Duration.ofSeconds(900); // generous: a shared build machine under load took 20 minutes; about 30 s when quiet

    private ChildApplication first;
    private ChildApplication second;

    @AfterEach
    void stop() throws Exception {
        if (first != null) {
            first.killHard();
        }
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void aKilledApplicationStartsAgainOnTheSameDatabaseFolder(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        Path log = folder.resolve("app.log");
        Files.createFile(log);
        first = ChildApplication.start(log, List.of(), "--sambruk.embedded-db.dir=" + data);
        first.awaitHealthy(START_WAIT);
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        // at work: two clients asking for pages and the health check
        AtomicInteger answered = new AtomicInteger();
        List<Thread> clients = List.of(load(first, answered), load(first, answered));
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (answered.get() < 20 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(answered.get()).as("requests answered before the kill").isGreaterThanOrEqualTo(20);
        first.killHard();
        first = null;
        for (Thread client : clients) {
            client.join(15_000);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the embedded PostgreSQL outlives the killed application")
                .contains(true);

        second = ChildApplication.start(log, List.of(), "--sambruk.embedded-db.dir=" + data);
        second.awaitHealthy(START_WAIT);
        assertThat(second.get("/")).isEqualTo(200);
        assertThat(second.get("/login")).isEqualTo(200);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
        assertThat(Files.readString(log)).contains("left behind by an application that ended without stopping it");
    }

    private static Thread load(ChildApplication app, AtomicInteger answered) {
        Thread thread = new Thread(() -> {
            while (app.process.isAlive()) {
                for (String path : new String[] {"/", "/login", "/actuator/health"}) {
                    if (app.get(path) > 0) {
                        answered.incrementAndGet();
                    }
                }
            }
        }, "crash-restart-load");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
