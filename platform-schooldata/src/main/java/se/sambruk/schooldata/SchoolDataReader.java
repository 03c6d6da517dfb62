package se.sambruk.schooldata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import se.sambruk.schooldata.SchoolRecords.Problem;

/**
 * Reads a school organiser's data from an SS 12000 API or a CSV file into {@link SchoolRecords}:
 * organisations (organiser, school units), persons with their enrolments in force (school unit,
 * school type, year, programme), groups with their members, duties and activities. An object
 * that cannot be used is left out and reported as a {@link Problem}; the rest is read.
 *
 * <pre>
 * SchoolDataReader.Read read = SchoolDataReader.readAll(new Ss12000Client(base, token, id, secret, scope, outgoingUrls), today);
 * SchoolData data = read.data();
 * data.persons().values().stream().filter(Person::isStudent) ...
 * </pre>
 */
public final class SchoolDataReader {

    private SchoolDataReader() {
    }

    /**
     * What one read gave: the records (any of {@link SchoolRecords}' object types), the ids the
     * source deleted (only for a read of changes) and the objects that were left out.
     */
    public record Read(List<Object> records, Map<SchoolObjectKind, List<UUID>> deleted, List<Problem> problems) {

        /** The records indexed by id. */
        public SchoolData data() {
            SchoolData data = new SchoolData();
            records.forEach(data::add);
            return data;
        }

        public int deletedCount() {
            return deleted.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Everything the SS 12000 API holds; relations in force on {@code today}. */
    public static Read readAll(Ss12000Client client, LocalDate today) {
        return read(client, null, today);
    }

    /** What changed after the instant, and what was deleted after it. */
    public static Read readChanges(Ss12000Client client, Instant after, LocalDate today) {
        return read(client, after, today);
    }

    /** A CSV file in the format {@link CsvSchoolData} describes. */
    public static Read readCsv(byte[] csv) {
        CsvSchoolData.Result result = CsvSchoolData.read(csv);
        return new Read(result.records(), Map.of(), result.problems());
    }

    private static Read read(Ss12000Client client, Instant after, LocalDate today) {
        List<Object> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Ss12000Mapper mapper = new Ss12000Mapper(today);
        for (SchoolObjectKind kind : SchoolObjectKind.values()) {
            client.readAll(kind, after, node -> map(mapper, kind, node, records, problems));
        }
        Map<SchoolObjectKind, List<UUID>> deleted = new EnumMap<>(SchoolObjectKind.class);
        if (after != null) {
            deleted.putAll(client.deletedAfter(after));
        }
        return new Read(records, deleted, problems);
    }

    private static void map(Ss12000Mapper mapper, SchoolObjectKind kind, JsonNode node, List<Object> records, List<Problem> problems) {
        try {
            records.add(mapper.map(kind, node));
        } catch (BadObjectException e) {
            problems.add(new Problem(kind.name(), node.path("id").asString("(no id)"), e.getMessage()));
        }
    }
}
