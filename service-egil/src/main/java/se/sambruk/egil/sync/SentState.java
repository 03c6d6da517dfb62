package se.sambruk.egil.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What each supplier holds, kept per supplier and object, with the history of transfers. The
 * sync engine writes its confirmed outcomes in small batches, each batch one transaction: a run
 * that stops halfway leaves what was recorded, and the next run continues from there (objects
 * sent but not yet recorded are found at the supplier on 409 and taken over, never created twice).
 */
@Component
public class SentState {

    private static final RowMapper<SentObject> ROW = (rs, i) -> new SentObject(ScimType.valueOf(rs.getString("object_type")),
            rs.getObject("external_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("label"), rs.getString("hash"),
            instant(rs.getTimestamp("first_sent_at")), instant(rs.getTimestamp("last_sent_at")), instant(rs.getTimestamp("gone_since")));

    private final JdbcTemplate jdbc;

    SentState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ObjectKey, SentObject> held(long supplierId) {
        Map<ObjectKey, SentObject> held = new LinkedHashMap<>();
        jdbc.query("select * from egil.sent_object where supplier_id = ?", ROW, supplierId).forEach(o -> held.put(o.key(), o));
        return held;
    }

    /** An account a supplier holds for a person. */
    public record HeldAccount(long supplierId, ScimType type, Instant firstSentAt, Instant lastSentAt, Instant goneSince) {
    }

    public List<HeldAccount> heldFor(long organisationId, UUID personId) {
        return jdbc.query("select supplier_id, object_type, first_sent_at, last_sent_at, gone_since from egil.sent_object"
                + " where organisation_id = ? and person_id = ? order by supplier_id, object_type",
                (rs, i) -> new HeldAccount(rs.getLong(1), ScimType.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))), organisationId, personId);
    }

    /** One outcome the sync engine confirmed, to be written with others in one transaction. */
    sealed interface Outcome permits Sent, Deleted, NotSent {
    }

    /** The supplier now holds the object as sent. */
    record Sent(DesiredObject object, String operation, int status, Instant at) implements Outcome {
    }

    /** The supplier no longer holds the object. */
    record Deleted(SentObject object, int status, Instant at) implements Outcome {
    }

    /**
     * A request that failed for good in this run, with the supplier's answer, or an object that
     * waits ({@code WAIT}) or clashes ({@code CONFLICT}) with the reason; tried again next run.
     */
    record NotSent(ObjectKey key, UUID personId, String operation, Integer status, String answer, Instant at) implements Outcome {
    }

    /**
     * Writes a batch of outcomes: the state rows and their history rows with JDBC batches, in the
     * caller's transaction (one per batch: a crash loses at most the batch, whose objects the next
     * run finds at the supplier and takes over).
     */
    void record(long organisationId, long supplierId, long runId, List<Outcome> outcomes) {
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> transfers = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Sent sent) {
                DesiredObject object = sent.object();
                Timestamp at = Timestamp.from(sent.at());
                upserts.add(new Object[] {supplierId, object.type().name(), object.externalId(), organisationId, object.personId(),
                        truncate(object.label(), 300), object.hash(), at, at});
                transfers.add(new Object[] {organisationId, supplierId, runId, object.type().name(), object.externalId(), object.personId(),
                        sent.operation(), sent.status(), true, null, at});
            } else if (outcome instanceof Deleted deleted) {
                SentObject object = deleted.object();
                deletes.add(new Object[] {supplierId, object.type().name(), object.externalId()});
                transfers.add(new Object[] {organisationId, supplierId, runId, object.type().name(), object.externalId(), object.personId(),
                        "DELETE", deleted.status(), true, null, Timestamp.from(deleted.at())});
            } else if (outcome instanceof NotSent failed) {
                transfers.add(new Object[] {organisationId, supplierId, runId, failed.key().type().name(), failed.key().externalId(),
                        failed.personId(), failed.operation(), failed.status(), false, truncate(failed.answer(), 1000), Timestamp.from(failed.at())});
            }
        }
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into egil.sent_object (supplier_id, object_type, external_id, organisation_id, person_id, label, hash,
                                                  first_sent_at, last_sent_at, gone_since)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)
                    on conflict (supplier_id, object_type, external_id) do update
                      set hash = excluded.hash, label = excluded.label, person_id = excluded.person_id,
                          last_sent_at = excluded.last_sent_at, gone_since = null
                    """, upserts);
        }
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("delete from egil.sent_object where supplier_id = ? and object_type = ? and external_id = ?", deletes);
        }
        if (!transfers.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into egil.transfer (organisation_id, supplier_id, run_id, object_type, external_id, person_id, operation, status,
                                               succeeded, answer, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, transfers);
        }
    }

    /** The object left the selection; under a deletion delay it stays until the delay has passed. */
    void markGone(long supplierId, List<ObjectKey> keys, Instant at) {
        jdbc.batchUpdate("update egil.sent_object set gone_since = ? where supplier_id = ? and object_type = ? and external_id = ? and gone_since is null",
                keys.stream().map(k -> new Object[] {Timestamp.from(at), supplierId, k.type().name(), k.externalId()}).toList());
    }

    void clearGone(long supplierId, List<ObjectKey> keys) {
        jdbc.batchUpdate("update egil.sent_object set gone_since = null where supplier_id = ? and object_type = ? and external_id = ?",
                keys.stream().map(k -> new Object[] {supplierId, k.type().name(), k.externalId()}).toList());
    }

    /** After a rebuild: the supplier holds exactly these (contents unknown, so the next run sends them again where wanted). */
    void replaceFromSupplier(long organisationId, long supplierId, Map<ObjectKey, String> labels, Instant at) {
        jdbc.update("delete from egil.sent_object where supplier_id = ?", supplierId);
        jdbc.batchUpdate("""
                insert into egil.sent_object (supplier_id, object_type, external_id, organisation_id, person_id, label, hash, first_sent_at, last_sent_at)
                values (?, ?, ?, ?, ?, ?, null, ?, ?)
                """, labels.entrySet().stream().map(e -> new Object[] {supplierId, e.getKey().type().name(), e.getKey().externalId(),
                organisationId, e.getKey().type().personal() && e.getKey().type() != ScimType.EMPLOYMENT ? e.getKey().externalId() : null,
                truncate(e.getValue(), 300), Timestamp.from(at), Timestamp.from(at)}).toList());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
