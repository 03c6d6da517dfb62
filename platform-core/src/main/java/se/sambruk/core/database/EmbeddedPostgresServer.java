package se.sambruk.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per JVM: the application's, or the one every test context of a test
 * run shares. It stops when the JVM does, after the application contexts have closed.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer start(String dataDirectory) {
        if (running == null) {
            running = new EmbeddedPostgresServer(startPostgres(dataDirectory));
            // Stops after Spring Boot has closed every application context, not alongside it: a context
            // that still needs the database while closing would otherwise wait for a connection in vain.
            SpringApplication.getShutdownHandlers().add(running::close);
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    static EmbeddedPostgres startPostgres(String dataDirectory) {
        boolean throwAway = dataDirectory == null || dataDirectory.isBlank();
        try {
            Path directory = throwAway
                    ? Files.createTempDirectory("sambruk-pg-")
                    : Files.createDirectories(Path.of(dataDirectory).toAbsolutePath());
            log.info("Starting embedded PostgreSQL with data in {}{}", directory, throwAway ? " (throw-away)" : "");
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwAway)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
