package se.sambruk.egil.schooldata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.schooldata.SchoolObjectKind;
import se.sambruk.schooldata.SchoolRecords;
import se.sambruk.schooldata.SchoolRecords.Problem;

/** The organiser's school data as last read, one row per object in {@code egil.school_object}. */
@Component
public class SchoolDataStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    SchoolDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A full read: the source's objects replace everything it gave before. */
    @Transactional
    public void replace(long organisationId, long sourceId, Collection<?> records, List<Problem> problems, Instant readAt) {
        jdbc.update("delete from egil.school_object where organisation_id = ? and source_id = ?", organisationId, sourceId);
        upsert(organisationId, sourceId, records, readAt);
        replaceProblems(organisationId, sourceId, problems, readAt);
    }

    /** An incremental read: changed objects replace theirs, deleted ones go; problems are added to the list. */
    @Transactional
    public void apply(long organisationId, long sourceId, Collection<?> changed, Map<SchoolObjectKind, List<UUID>> deleted,
                      List<Problem> problems, Instant readAt) {
        upsert(organisationId, sourceId, changed, readAt);
        List<Object[]> rows = new ArrayList<>();
        deleted.forEach((kind, ids) -> ids.forEach(id -> rows.add(new Object[] {organisationId, kind.name(), id})));
        jdbc.batchUpdate("delete from egil.school_object where organisation_id = ? and kind = ? and id = ?", rows);
        addProblems(organisationId, sourceId, problems, readAt);
    }

    @Transactional(readOnly = true)
    public SchoolData load(long organisationId) {
        SchoolData data = new SchoolData();
        jdbc.query("select kind, data from egil.school_object where organisation_id = ? order by kind, id", rs -> {
            SchoolObjectKind kind = SchoolObjectKind.valueOf(rs.getString(1));
            data.add(json.readValue(rs.getString(2), kind.recordType()));
        }, organisationId);
        return data;
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(long organisationId, long sourceId) {
        return jdbc.query("select kind, object_id, message from egil.source_problem where organisation_id = ? and source_id = ? order by id limit 500",
                (rs, i) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)), organisationId, sourceId);
    }

    @Transactional(readOnly = true)
    public int problemCount(long organisationId, long sourceId) {
        Integer count = jdbc.queryForObject("select count(*) from egil.source_problem where organisation_id = ? and source_id = ?",
                Integer.class, organisationId, sourceId);
        return count == null ? 0 : count;
    }

    private void upsert(long organisationId, long sourceId, Collection<?> records, Instant readAt) {
        Timestamp at = Timestamp.from(readAt);
        List<Object[]> rows = new ArrayList<>(records.size());
        for (Object record : records) {
            SchoolObjectKind kind = SchoolObjectKind.of(record);
            rows.add(new Object[] {organisationId, kind.name(), idOf(record), sourceId, json.writeValueAsString(record), at});
        }
        jdbc.batchUpdate("""
                insert into egil.school_object (organisation_id, kind, id, source_id, data, read_at) values (?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, kind, id) do update set source_id = excluded.source_id, data = excluded.data, read_at = excluded.read_at
                """, rows);
    }

    private void replaceProblems(long organisationId, long sourceId, List<Problem> problems, Instant at) {
        jdbc.update("delete from egil.source_problem where organisation_id = ? and source_id = ?", organisationId, sourceId);
        addProblems(organisationId, sourceId, problems, at);
    }

    private void addProblems(long organisationId, long sourceId, List<Problem> problems, Instant at) {
        List<Object[]> rows = problems.stream()
                .map(p -> new Object[] {organisationId, sourceId, p.kind(), truncate(p.objectId(), 100), truncate(p.message(), 1000), Timestamp.from(at)})
                .toList();
        jdbc.batchUpdate("insert into egil.source_problem (organisation_id, source_id, kind, object_id, message, seen_at) values (?, ?, ?, ?, ?, ?)", rows);
    }

    private static UUID idOf(Object record) {
        if (record instanceof SchoolRecords.Org o) {
            return o.id();
        } else if (record instanceof SchoolRecords.Person p) {
            return p.id();
        } else if (record instanceof SchoolRecords.Group g) {
            return g.id();
        } else if (record instanceof SchoolRecords.Duty d) {
            return d.id();
        } else if (record instanceof SchoolRecords.Activity a) {
            return a.id();
        }
        throw new IllegalArgumentException("Not school data: " + record);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
