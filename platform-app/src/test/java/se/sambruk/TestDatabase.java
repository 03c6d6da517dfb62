package se.sambruk;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which PostgreSQL the tests run on: by default the embedded one the application starts
 * itself; with {@code ./mvnw verify -Ptestcontainers} a PostgreSQL 17 container, one per test
 * JVM. Without a Docker engine the container tests are skipped, not failed.
 */
final class TestDatabase {

    static final boolean CONTAINER = "testcontainers".equals(System.getProperty("sambruk.test.database"));
    private static PostgreSQLContainer postgres;

    private TestDatabase() {
    }

    static void assumeAvailable() {
        if (CONTAINER) {
            assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                    "-Ptestcontainers needs a Docker engine; none is running, so these tests are skipped");
        }
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        if (!CONTAINER) {
            return;
        }
        if (postgres == null) {
            postgres = new PostgreSQLContainer("postgres:17");
            postgres.start();
        }
        registry.add("spring.datasource.url", postgres::getJdbcUrl);
        registry.add("spring.datasource.username", postgres::getUsername);
        registry.add("spring.datasource.password", postgres::getPassword);
    }
}
