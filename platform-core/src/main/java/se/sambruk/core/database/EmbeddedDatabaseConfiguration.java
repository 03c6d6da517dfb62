package se.sambruk.core.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} configured, the application runs on an embedded
 * PostgreSQL 17 whose data folder survives restarts ({@code sambruk.embedded-db.dir}). An empty
 * folder setting means a throw-away folder, as the tests use. A kept folder commits durably
 * ({@code fsync} and {@code synchronous_commit} on); {@code sambruk.embedded-db.synchronous-commit=off}
 * trades that for speed (benchmarks), and is the default for throw-away folders.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${sambruk.embedded-db.dir:./data/postgres}") String dataDirectory,
                          @Value("${sambruk.embedded-db.pool-size:20}") int poolSize,
                          @Value("${sambruk.embedded-db.synchronous-commit:}") String synchronousCommit) {
        boolean throwAway = dataDirectory == null || dataDirectory.isBlank();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory,
                EmbeddedPostgresServer.Durability.of(synchronousCommit, throwAway));
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("sambruk-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
