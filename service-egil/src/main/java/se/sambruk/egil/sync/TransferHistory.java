package se.sambruk.egil.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** What was sent to whom, for the administrator's pages: per supplier, per run and per person. */
@Component
public class TransferHistory {

    public record Transfer(long supplierId, Long runId, ScimType type, UUID externalId, String operation, Integer status,
                           boolean succeeded, String answer, Instant at) {
    }

    private static final RowMapper<Transfer> ROW = (rs, i) -> new Transfer(rs.getLong("supplier_id"), (Long) rs.getObject("run_id"),
            ScimType.valueOf(rs.getString("object_type")), rs.getObject("external_id", UUID.class), rs.getString("operation"),
            (Integer) rs.getObject("status"), rs.getBoolean("succeeded"), rs.getString("answer"), instant(rs.getTimestamp("at")));

    private final JdbcTemplate jdbc;

    TransferHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Transfer> forPerson(long organisationId, UUID personId) {
        return jdbc.query("select * from egil.transfer where organisation_id = ? and person_id = ? order by at desc, id desc limit 200",
                ROW, organisationId, personId);
    }

    public List<Transfer> failures(long organisationId, long runId) {
        return jdbc.query("select * from egil.transfer where organisation_id = ? and run_id = ? and not succeeded order by id limit 200",
                ROW, organisationId, runId);
    }

    public List<Transfer> recent(long organisationId, long supplierId) {
        return jdbc.query("select * from egil.transfer where organisation_id = ? and supplier_id = ? order by id desc limit 50",
                ROW, organisationId, supplierId);
    }

    public Map<ScimType, Integer> heldCounts(long organisationId, long supplierId) {
        Map<ScimType, Integer> counts = new LinkedHashMap<>();
        for (ScimType type : ScimType.values()) {
            counts.put(type, 0);
        }
        jdbc.query("select object_type, count(*) from egil.sent_object where organisation_id = ? and supplier_id = ? group by object_type",
                rs -> {
                    counts.put(ScimType.valueOf(rs.getString(1)), rs.getInt(2));
                }, organisationId, supplierId);
        return counts;
    }

    public record Account(ScimType type, UUID externalId, UUID personId, String label, Instant firstSentAt, Instant lastSentAt,
                          Instant goneSince) {
    }

    public List<Account> accounts(long organisationId, long supplierId, int page, int size) {
        return jdbc.query("""
                select object_type, external_id, person_id, label, first_sent_at, last_sent_at, gone_since from egil.sent_object
                where organisation_id = ? and supplier_id = ? and object_type in ('STUDENT', 'TEACHER')
                order by label, external_id limit ? offset ?
                """, (rs, i) -> new Account(ScimType.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))),
                organisationId, supplierId, size, (long) page * size);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
