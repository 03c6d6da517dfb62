package se.sambruk.schooldata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.SealingKey;
import se.sambruk.core.http.OutgoingUrls;

/**
 * The stored SS 12000 connections, one per organisation and service (schema {@code schooldata}),
 * and their reads. The client secret is sealed with the service's own key ({@link SchoolDataUse#sealingKey()}),
 * the purpose {@code <service>.ss12000.client-secret}; the addresses pass the core's outgoing-URL
 * guard when saved and on every request. Every query takes the organisation and the service.
 */
@Service
public class SchoolDataConnections {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A saved connection; the sealed secret is opened only by {@link SchoolDataReads}. */
    public record Connection(long organisationId, String service, String baseUrl, String tokenUrl, String clientId, String scope, boolean nightly,
                             String updatedBy, Instant updatedAt, String sealedSecret, Instant changesAfter) {
    }

    /** One read: when, how, by whom, and what it did (the service's figures) or why it changed nothing. */
    public record Run(long id, Instant startedAt, Instant finishedAt, String trigger, String byWhom, boolean ok, int recordsRead,
                      Map<String, Integer> figures, String message, String problems) {
        public List<String> problemLines() {
            return problems == null || problems.isBlank() ? List.of() : List.of(problems.split("\n"));
        }

        /** One of the service's figures, 0 when the run has none by that name. */
        public int figure(String name) {
            return figures.getOrDefault(name, 0);
        }

        public boolean nightly() {
            return "NIGHTLY".equals(trigger);
        }

        /** The arguments of the service's message for the run: the records read, then the figures named. */
        public Object[] arguments(List<String> names) {
            Object[] arguments = new Object[names.size() + 1];
            arguments[0] = recordsRead;
            for (int i = 0; i < names.size(); i++) {
                arguments[i + 1] = figure(names.get(i));
            }
            return arguments;
        }
    }

    private final JdbcTemplate jdbc;
    private final OutgoingUrls outgoing;
    private final AuditLog audit;

    SchoolDataConnections(JdbcTemplate jdbc, OutgoingUrls outgoing, AuditLog audit) {
        this.jdbc = jdbc;
        this.outgoing = outgoing;
        this.audit = audit;
    }

    /**
     * The organisation's connection under the key: the service's code ({@code uka}), or the service's
     * own key when it keeps several ({@link SchoolDataUse#connection()}).
     */
    public Optional<Connection> find(String connection, long organisationId) {
        return jdbc.query("select organisation_id, service, base_url, token_url, client_id, scope, nightly, updated_by, updated_at, client_secret_cipher, "
                + "changes_after from schooldata.connection where organisation_id = ? and service = ?", (rs, i) -> new Connection(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getString(10), instant(rs.getTimestamp(11))), organisationId, connection).stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * Checks the form beyond its annotations (the addresses through the outgoing-URL guard, a secret
     * when none is stored, the service's key) and saves it when all is well, audited as
     * {@code REGISTER_CHANGED} on {@code <service>.ss12000-connection}.
     *
     * @return whether it was saved; when not, the reasons are in {@code errors} and nothing changed
     */
    @Transactional
    public boolean save(SchoolDataUse<?> use, long organisationId, SchoolDataConnectionForm form, Errors errors, String by) {
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        outgoing.reject(errors, "tokenUrl", form.getTokenUrl());
        String secret = form.newSecret();
        if (secret == null && find(use.connection(), organisationId).isEmpty() && !errors.hasFieldErrors("clientSecret")) {
            errors.rejectValue("clientSecret", "schooldata.secretRequired");
        }
        if (use.sealingKey().isEmpty()) {
            errors.reject("schooldata.noKey", new Object[] {use.keySetting()}, null);
        }
        if (errors.hasErrors()) {
            form.setClientSecret(null);
            return false;
        }
        String sealed = secret == null ? null : use.sealingKey().get().seal(use.secretPurpose(), secret);
        jdbc.update("""
                insert into schooldata.connection (organisation_id, service, base_url, token_url, client_id, client_secret_cipher, scope, nightly, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, service) do update set base_url = excluded.base_url, token_url = excluded.token_url,
                    client_id = excluded.client_id, client_secret_cipher = coalesce(?, schooldata.connection.client_secret_cipher),
                    scope = excluded.scope, nightly = excluded.nightly, updated_by = excluded.updated_by, updated_at = now(),
                    changes_after = case when schooldata.connection.base_url = excluded.base_url then schooldata.connection.changes_after end""",
                organisationId, use.connection(), form.getBaseUrl().strip(), form.getTokenUrl().strip(), form.getClientId().strip(),
                sealed == null ? "" : sealed, form.scopeOrNull(), form.isNightly(), by, sealed);
        audit.record(AuditAction.REGISTER_CHANGED, use.service() + ".ss12000-connection", organisationId, organisationId,
                "SS 12000 connection saved" + (secret == null ? "" : " with a new client secret") + (form.isNightly() ? ", read nightly" : ""));
        return true;
    }

    /** The plain client secret, for one read. */
    String secret(SchoolDataUse<?> use, Connection connection) {
        SealingKey key = use.sealingKey().orElseThrow(() -> new IllegalStateException("No " + use.keySetting()));
        return key.openString(use.secretPurpose(), connection.sealedSecret());
    }

    /** A read that went through began at {@code started}: the next read of changes asks for what changed after it. */
    void readComplete(String connection, long organisationId, Instant started) {
        jdbc.update("update schooldata.connection set changes_after = ? where organisation_id = ? and service = ?", Timestamp.from(started),
                organisationId, connection);
    }

    /** The organisations whose connection to the service is set to be read every night. */
    public List<Long> nightly(String service) {
        return jdbc.queryForList("select organisation_id from schooldata.connection where service = ? and nightly order by organisation_id",
                Long.class, service);
    }

    void record(String service, long organisationId, Instant startedAt, Instant finishedAt, String trigger, String byWhom,
                SchoolDataReads.Outcome outcome) {
        jdbc.update("insert into schooldata.run (organisation_id, service, started_at, finished_at, trigger, by_whom, ok, records_read, figures, "
                + "message, problems) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)", organisationId, service, Timestamp.from(startedAt),
                Timestamp.from(finishedAt), trigger, limit(byWhom, 100), outcome.ok(), outcome.read(), JSON.writeValueAsString(outcome.figures()),
                limit(outcome.message(), 500), outcome.problems().isEmpty() ? null : limit(String.join("\n", outcome.problems()), 4000));
    }

    /** The organisation's last reads of the service, newest first. */
    public List<Run> runs(String service, long organisationId, int limit) {
        return jdbc.query("select id, started_at, finished_at, trigger, by_whom, ok, records_read, figures::text, message, problems "
                + "from schooldata.run where organisation_id = ? and service = ? order by started_at desc, id desc limit ?", (rs, i) -> new Run(
                rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                rs.getInt(7), figures(rs.getString(8)), rs.getString(9), rs.getString(10)), organisationId, service, limit);
    }

    private static Map<String, Integer> figures(String json) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(json);
        node.properties().forEach(e -> figures.put(e.getKey(), e.getValue().asInt()));
        return figures;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
