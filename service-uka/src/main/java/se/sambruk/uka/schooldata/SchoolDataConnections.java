package se.sambruk.uka.schooldata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each municipality's SS 12000 connection (one at most) and its reads. Every query takes the organisation. */
@Service
public class SchoolDataConnections {

    /** The purpose the client secret is sealed under. */
    static final String CLIENT_SECRET = "uka.ss12000.client-secret";

    /** A saved connection; the sealed secret never leaves this package. */
    public record Connection(long organisationId, String baseUrl, String tokenUrl, String clientId, String scope, boolean nightly,
                             String updatedBy, Instant updatedAt, String sealedSecret) {
    }

    /** One read: when, how, by whom, and what it did or why it changed nothing. */
    public record Run(long id, Instant startedAt, Instant finishedAt, String trigger, String byWhom, boolean ok, int personsRead, int added,
                      int updated, int started, int ended, String message, String problems) {
        public List<String> problemLines() {
            return problems == null || problems.isBlank() ? List.of() : List.of(problems.split("\n"));
        }
    }

    private final JdbcTemplate jdbc;
    private final UkaSecrets secrets;

    SchoolDataConnections(JdbcTemplate jdbc, UkaSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public Optional<Connection> find(long organisationId) {
        return jdbc.query("select organisation_id, base_url, token_url, client_id, scope, nightly, updated_by, updated_at, client_secret_cipher "
                + "from uka.school_data_connection where organisation_id = ?", (rs, i) -> new Connection(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9)), organisationId).stream().findFirst();
    }

    /** Saves the connection; a null secret keeps the one stored (the caller has checked there is one). */
    @Transactional
    public void save(long organisationId, String baseUrl, String tokenUrl, String clientId, String secret, String scope, boolean nightly,
                     String by) {
        String sealed = secret == null ? null : secrets.seal(CLIENT_SECRET, secret);
        jdbc.update("""
                insert into uka.school_data_connection (organisation_id, base_url, token_url, client_id, client_secret_cipher, scope, nightly, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id) do update set base_url = excluded.base_url, token_url = excluded.token_url,
                    client_id = excluded.client_id, client_secret_cipher = coalesce(?, uka.school_data_connection.client_secret_cipher),
                    scope = excluded.scope, nightly = excluded.nightly, updated_by = excluded.updated_by, updated_at = now()""",
                organisationId, baseUrl, tokenUrl, clientId, sealed == null ? "" : sealed, scope, nightly, by, sealed);
    }

    /** The plain client secret, for one read. */
    String secret(Connection connection) {
        return secrets.open(CLIENT_SECRET, connection.sealedSecret());
    }

    /** The municipalities whose connection is set to be read every night. */
    public List<Long> nightly() {
        return jdbc.queryForList("select organisation_id from uka.school_data_connection where nightly order by organisation_id", Long.class);
    }

    void record(long organisationId, Instant startedAt, Instant finishedAt, String trigger, String byWhom, boolean ok, int personsRead,
                int added, int updated, int started, int ended, String message, List<String> problems) {
        jdbc.update("insert into uka.school_data_run (organisation_id, started_at, finished_at, trigger, by_whom, ok, persons_read, added, updated, "
                + "started, ended, message, problems) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", organisationId, Timestamp.from(startedAt),
                Timestamp.from(finishedAt), trigger, limit(byWhom, 100), ok, personsRead, added, updated, started, ended, limit(message, 500),
                problems.isEmpty() ? null : limit(String.join("\n", problems), 4000));
    }

    public List<Run> runs(long organisationId, int limit) {
        return jdbc.query("select id, started_at, finished_at, trigger, by_whom, ok, persons_read, added, updated, started, ended, message, problems "
                + "from uka.school_data_run where organisation_id = ? order by started_at desc, id desc limit ?", (rs, i) -> new Run(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12), rs.getString(13)), organisationId, limit);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
