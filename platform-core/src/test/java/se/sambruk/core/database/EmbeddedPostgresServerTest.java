package se.sambruk.core.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.database.EmbeddedPostgresServer.Durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    private Process child;
    private long childPostmaster;

    @AfterEach
    void killLeftovers() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (childPostmaster > 0) {
            ProcessHandle.of(childPostmaster).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void dataSurvivesARestartAndCommitsAreDurable(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startPostgres(directory.toString(), null).postgres()) {
            new JdbcTemplate(first.getPostgresDatabase()).execute("create table kept (name text); insert into kept values ('Sambruk')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.startPostgres(directory.toString(), null).postgres()) {
            JdbcTemplate jdbc = new JdbcTemplate(second.getPostgresDatabase());
            assertThat(jdbc.queryForObject("select name from kept", String.class)).isEqualTo("Sambruk");
            assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
            // a kept folder: PostgreSQL's safe settings, although the library starts it with -F and synchronous_commit=off
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
    }

    @Test
    void fastCommitsOnlyWhenAskedOrThrowAway(@TempDir Path directory) throws Exception {
        assertThat(Durability.of("", true)).isEqualTo(Durability.FAST);
        assertThat(Durability.of(null, false)).isEqualTo(Durability.SAFE);
        assertThat(Durability.of("off", false)).isEqualTo(Durability.FAST);
        assertThat(Durability.of("on", true)).isEqualTo(Durability.SAFE);
        assertThatThrownBy(() -> Durability.of("maybe", false)).isInstanceOf(IllegalArgumentException.class);
        try (EmbeddedPostgres fast = EmbeddedPostgresServer.startPostgres(directory.toString(), Durability.FAST).postgres()) {
            JdbcTemplate jdbc = new JdbcTemplate(fast.getPostgresDatabase());
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
        }
    }

    @Test
    void aServerOrphanedByAKilledApplicationIsStoppedAndTheFolderTakenOver(@TempDir Path directory) throws Exception {
        startChild(directory, false, "before the crash");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9
        Thread.sleep(500);
        assertThat(ProcessHandle.of(childPostmaster).map(ProcessHandle::isAlive)).as("the orphan outlives its application").contains(true);

        try (EmbeddedPostgres restarted = EmbeddedPostgresServer.startPostgres(directory.toString(), null).postgres()) {
            assertThat(new JdbcTemplate(restarted.getPostgresDatabase()).queryForList("select name from kept", String.class))
                    .containsExactly("before the crash");
            assertThat(ProcessHandle.of(childPostmaster).map(ProcessHandle::isAlive).orElse(false)).as("orphan stopped").isFalse();
            assertThat(EmbeddedPostgresServer.PidFile.read(directory).orElseThrow().pid()).isNotEqualTo(childPostmaster);
        }
    }

    @Test
    void theWatchdogStopsTheServerWhenItsApplicationIsKilled(@TempDir Path directory) throws Exception {
        startChild(directory, true, "watched");
        ProcessHandle postmaster = ProcessHandle.of(childPostmaster).orElseThrow();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9
        assertThat(postmaster.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get()).as("postmaster gone in 30 s").isNotNull();
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(directory.resolve("postmaster.pid")).as("a clean shutdown removes its pid file").doesNotExist();
    }

    @Test
    void aFolderThatALiveApplicationHoldsIsRefused(@TempDir Path directory) throws Exception {
        startChild(directory, true, "alive");
        assertThatThrownBy(() -> EmbeddedPostgresServer.startPostgres(directory.toString(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running application");
        assertThat(ProcessHandle.of(childPostmaster).map(ProcessHandle::isAlive)).as("left alone").contains(true);
    }

    @Test
    void aStalePidFileIsRemoved(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startPostgres(directory.toString(), null).postgres()) {
            new JdbcTemplate(first.getPostgresDatabase()).execute("create table kept (name text); insert into kept values ('stale')");
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.write(directory.resolve("postmaster.pid"), List.of(Long.toString(gone.pid()), directory.toString(), "0", "5432"));
        try (EmbeddedPostgres second = EmbeddedPostgresServer.startPostgres(directory.toString(), null).postgres()) {
            assertThat(new JdbcTemplate(second.getPostgresDatabase()).queryForObject("select name from kept", String.class)).isEqualTo("stale");
        }
    }

    private void startChild(Path directory, boolean watchdog, String row) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(javaBin, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ApplicationStandIn.class.getName(), directory.toString(), Boolean.toString(watchdog), row)
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                childPostmaster = Long.parseLong(line.substring(6).trim());
                Thread drain = new Thread(() -> {
                    try {
                        output.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("The stand-in did not get ready:\n" + seen);
    }
}
