package se.sambruk.core.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void dataSurvivesARestart(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startPostgres(directory.toString())) {
            new JdbcTemplate(first.getPostgresDatabase()).execute("create table kept (name text); insert into kept values ('Sambruk')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.startPostgres(directory.toString())) {
            assertThat(new JdbcTemplate(second.getPostgresDatabase()).queryForObject("select name from kept", String.class))
                    .isEqualTo("Sambruk");
            assertThat(new JdbcTemplate(second.getPostgresDatabase()).queryForObject("show server_version", String.class))
                    .startsWith("17.");
        }
    }
}
