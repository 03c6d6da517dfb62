package se.sambruk.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per JVM: the application's, or the one every test context of a test
 * run shares. It stops when the JVM does, after the application contexts have closed.
 *
 * <p>PostgreSQL runs as a process of its own that outlives a JVM killed with {@code kill -9}. So
 * a watchdog (a shell waiting for its standard input, which is a pipe from this JVM, to end)
 * asks it to stop when this JVM dies however it dies; and a start on a data folder that an
 * orphaned server still holds stops that server first (see {@link #stopOrphan(Path)}).
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final Process watchdog;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Process watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    static synchronized EmbeddedPostgresServer start(String dataDirectory, Durability durability) {
        if (running == null) {
            Started started = startPostgres(dataDirectory, durability);
            running = new EmbeddedPostgresServer(started.postgres(), watchdog(started).orElse(null));
            // Stops after Spring Boot has closed every application context, not alongside it: a context
            // that still needs the database while closing would otherwise wait for a connection in vain.
            SpringApplication.getShutdownHandlers().add(running::close);
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    /**
     * How the server writes: {@code SAFE} ({@code fsync=on}, {@code synchronous_commit=on}: a
     * committed transaction survives a crash of the process and of the machine) or {@code FAST}
     * (both off: commits are not waited for on disk, and a power loss or crash of the machine
     * may lose the last commits or, with fsync off, corrupt the data folder). Throw-away folders
     * (the tests) run FAST by default, kept folders SAFE.
     */
    enum Durability {
        SAFE, FAST;

        static Durability of(String setting, boolean throwAway) {
            if (setting == null || setting.isBlank()) {
                return throwAway ? FAST : SAFE;
            }
            return switch (setting.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "safe", "true" -> SAFE;
                case "off", "fast", "false" -> FAST;
                default -> throw new IllegalArgumentException(
                        "sambruk.embedded-db.synchronous-commit must be on or off, not " + setting);
            };
        }
    }

    /** The server and its data folder. */
    record Started(EmbeddedPostgres postgres, Path directory) {
        /** The postmaster's process id, from its pid file. */
        Optional<Long> pid() {
            return PidFile.read(directory).map(PidFile::pid);
        }
    }

    static Started startPostgres(String dataDirectory, Durability durability) {
        boolean throwAway = dataDirectory == null || dataDirectory.isBlank();
        try {
            Path directory = throwAway
                    ? Files.createTempDirectory("sambruk-pg-")
                    : Files.createDirectories(Path.of(dataDirectory).toAbsolutePath());
            if (!throwAway) {
                stopOrphan(directory);
            }
            Durability chosen = durability == null ? Durability.of(null, throwAway) : durability;
            log.info("Starting embedded PostgreSQL with data in {}{} ({} commits)", directory,
                    throwAway ? " (throw-away)" : "", chosen == Durability.SAFE ? "durable" : "fast, not crash-safe");
            String onOff = chosen == Durability.SAFE ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwAway)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    // The library starts the server with -F (fsync off) and synchronous_commit=off; a -c
                    // setting after -F wins, so a kept data folder gets PostgreSQL's safe defaults back.
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .start();
            return new Started(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Makes the data folder free for a new server. A server whose application was killed keeps
     * running and holds the folder ({@code postmaster.pid}); it is stopped here (a fast shutdown,
     * as {@code pg_ctl stop -m fast}: its clients are gone with the dead application). A pid file
     * whose process is dead, or is no PostgreSQL, is stale and removed. A folder that a live
     * application still holds (its lock file {@code epg-lock}) is refused: two servers must never
     * share a data folder.
     */
    static void stopOrphan(Path directory) throws IOException {
        Optional<PidFile> pidFile = PidFile.read(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        refuseIfHeld(directory);
        PidFile file = pidFile.get();
        Optional<ProcessHandle> process = file.pid() > 0
                ? ProcessHandle.of(file.pid()).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isEmpty() || !isPostgres(process.get())) {
            log.warn("Removing the stale {} of process {}, which is {}", PidFile.NAME, file.pid(),
                    process.isEmpty() ? "no longer running" : "not a PostgreSQL server");
            Files.deleteIfExists(directory.resolve(PidFile.NAME));
            return;
        }
        ProcessHandle orphan = process.get();
        log.warn("An embedded PostgreSQL (pid {}) left behind by an application that ended without stopping it still holds {}; "
                + "stopping it", orphan.pid(), directory);
        signal(orphan.pid(), "INT"); // fast shutdown: ends the sessions, writes a checkpoint
        if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
            log.warn("The orphaned PostgreSQL (pid {}) did not stop in {} s; killing it (the next start recovers from the WAL)",
                    orphan.pid(), ORPHAN_STOP_WAIT.toSeconds());
            orphan.destroyForcibly();
            waitForExit(orphan, Duration.ofSeconds(10));
        }
        if (orphan.isAlive()) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + orphan.pid() + ") on " + directory);
        }
        Files.deleteIfExists(directory.resolve(PidFile.NAME)); // gone after a clean stop; stale after a kill
        log.info("The orphaned PostgreSQL (pid {}) has stopped", orphan.pid());
    }

    private static void refuseIfHeld(Path directory) throws IOException {
        Path lockFile = directory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database folder " + directory
                        + " is in use by another running application; give each instance a folder of its own "
                        + "(SAMBRUK_EMBEDDEDDB_DIR) or one PostgreSQL server (SPRING_DATASOURCE_URL)");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The embedded database folder " + directory + " is in use in this JVM", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false);
    }

    private static boolean waitForExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // no kill command (not a Unix): ask the process to terminate (SIGTERM or its equivalent)
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    /**
     * A shell whose standard input is a pipe from this JVM; when the JVM ends, however it ends
     * (also {@code kill -9}), the pipe closes and the shell asks the server for a fast shutdown.
     * Unix only; elsewhere the next start stops the orphan ({@link #stopOrphan(Path)}).
     */
    static Optional<Process> watchdog(Started started) {
        Path shell = Path.of("/bin/sh");
        Optional<Long> pid = started.pid();
        if (!Files.isExecutable(shell) || pid.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(shell.toString(), "-c",
                    "while read -r line; do :; done; kill -INT " + pid.get() + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(process);
        } catch (IOException e) {
            log.warn("No watchdog for the embedded PostgreSQL (pid {}): {}", pid.get(), e.getMessage());
            return Optional.empty();
        }
    }

    private void close() {
        if (watchdog != null) {
            watchdog.destroy(); // this JVM stops the server itself
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** PostgreSQL's {@code postmaster.pid}: the postmaster's pid, then its data folder, start time and port. */
    record PidFile(long pid, String dataDirectory) {
        static final String NAME = "postmaster.pid";

        static Optional<PidFile> read(Path directory) {
            Path file = directory.resolve(NAME);
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isBlank()) {
                    return Files.exists(file) ? Optional.of(new PidFile(-1, "")) : Optional.empty();
                }
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : ""));
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.of(new PidFile(-1, "")); // unreadable: treated as stale
            }
        }
    }
}
