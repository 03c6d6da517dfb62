package se.sambruk.schooldata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.schooldata.SchoolRecords.Problem;

/**
 * The CSV fallback for organisers without an SS 12000 API: one file, one object per row, the kind
 * in the column {@code type} (ORGANISER, SCHOOL_UNIT, GROUP, STUDENT, TEACHER). Separator comma or
 * semicolon (from the header), fields may be quoted, lists inside a field separated by {@code |}.
 * A bad row is reported with its number and left out; the rest is read.
 *
 * <pre>
 * type,id,display_name,given_name,family_name,civic_no,eppn,email,school_unit,school_unit_code,school_type,school_year,programme,group_type,groups
 * </pre>
 * Students and teachers list the ids of their groups in {@code groups}; a teacher of a group
 * becomes a duty at the school unit and a teacher of the group's activity.
 */
public final class CsvSchoolData {

    static final List<String> COLUMNS = List.of("type", "id", "display_name", "given_name", "family_name", "civic_no", "eppn",
            "email", "school_unit", "school_unit_code", "school_type", "school_year", "programme", "group_type", "groups");

    public record Result(List<Object> records, List<Problem> problems) {
    }

    private final List<Object> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<UUID, Group> groups = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> membersByGroup = new HashMap<>();
    private final Map<UUID, List<UUID>> teacherDutiesByGroup = new HashMap<>();

    private CsvSchoolData() {
    }

    public static Result read(Reader reader) throws IOException {
        CsvSchoolData csv = new CsvSchoolData();
        csv.readAll(new BufferedReader(reader));
        return new Result(csv.records, csv.problems);
    }

    public static Result read(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return read(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readAll(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            problems.add(new Problem("CSV", "1", "The file is empty; the first row must name the columns"));
            return;
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, separator).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        if (!names.contains("type") || !names.contains("id")) {
            problems.add(new Problem("CSV", "1", "The first row must name the columns, at least type and id; expected " + COLUMNS));
            return;
        }
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields;
            try {
                fields = split(line, separator);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("CSV", "row " + number, e.getMessage()));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < names.size() && i < fields.size(); i++) {
                String value = fields.get(i).trim();
                row.put(names.get(i), value.isEmpty() ? null : value);
            }
            try {
                row(row);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(String.valueOf(row.getOrDefault("type", "CSV")), "row " + number, e.getMessage()));
            }
        }
        for (Group group : groups.values()) {
            Group withMembers = new Group(group.id(), group.displayName(), group.groupType(), group.schoolType(), group.schoolUnitId(),
                    List.copyOf(membersByGroup.getOrDefault(group.id(), List.of())));
            records.add(withMembers);
            List<UUID> duties = teacherDutiesByGroup.getOrDefault(group.id(), List.of());
            if (!duties.isEmpty()) {
                records.add(new Activity(UUID.nameUUIDFromBytes(("activity:" + group.id()).getBytes(StandardCharsets.UTF_8)),
                        group.displayName(), "Undervisning", group.schoolUnitId(), List.of(group.id()), List.copyOf(duties)));
            }
        }
        membersByGroup.keySet().stream().filter(id -> !groups.containsKey(id))
                .forEach(id -> problems.add(new Problem("GROUP", id.toString(), "A student or teacher lists a group that no GROUP row gives")));
    }

    private void row(Map<String, String> row) {
        String type = required(row, "type").toUpperCase(Locale.ROOT);
        UUID id = uuid(required(row, "id"), "id");
        switch (type) {
            case "ORGANISER" -> records.add(new Org(id, "Huvudman", required(row, "display_name"), null, List.of(), null, null));
            case "SCHOOL_UNIT" -> records.add(new Org(id, "Skolenhet", required(row, "display_name"), row.get("school_unit_code"),
                    list(row.get("school_type")), null, null));
            case "GROUP" -> groups.put(id, new Group(id, required(row, "display_name"),
                    row.get("group_type") == null ? "Undervisning" : row.get("group_type"), row.get("school_type"), uuid(required(row, "school_unit"), "school_unit"), List.of()));
            case "STUDENT" -> {
                Integer year = row.get("school_year") == null ? null : number(row.get("school_year"), "school_year");
                Enrolment enrolment = new Enrolment(uuid(required(row, "school_unit"), "school_unit"), required(row, "school_type"),
                        year, row.get("programme"));
                records.add(person(id, row, List.of(enrolment)));
                for (String group : list(row.get("groups"))) {
                    membersByGroup.computeIfAbsent(uuid(group, "groups"), g -> new ArrayList<>()).add(id);
                }
            }
            case "TEACHER" -> {
                records.add(person(id, row, List.of()));
                UUID unit = uuid(required(row, "school_unit"), "school_unit");
                UUID dutyId = UUID.nameUUIDFromBytes(("duty:" + id + ":" + unit).getBytes(StandardCharsets.UTF_8));
                records.add(new Duty(dutyId, id, unit, "Lärare", null));
                for (String group : list(row.get("groups"))) {
                    UUID groupId = uuid(group, "groups");
                    teacherDutiesByGroup.computeIfAbsent(groupId, g -> new ArrayList<>()).add(dutyId);
                    membersByGroup.computeIfAbsent(groupId, g -> new ArrayList<>());
                }
            }
            default -> throw new IllegalArgumentException("type must be ORGANISER, SCHOOL_UNIT, GROUP, STUDENT or TEACHER, not " + type);
        }
    }

    private static Person person(UUID id, Map<String, String> row, List<Enrolment> enrolments) {
        String civicNo = row.get("civic_no");
        if (civicNo != null) {
            civicNo = civicNo.replace("-", "").replace("+", "");
            if (!civicNo.matches("\\d{12}")) {
                throw new IllegalArgumentException("civic_no must have 12 digits (ÅÅÅÅMMDDNNNN)");
            }
        }
        return new Person(id, required(row, "given_name"), required(row, "family_name"), civicNo, list(row.get("eppn")),
                row.get("email"), enrolments);
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is missing");
        }
        return value;
    }

    private static UUID uuid(String value, String column) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " is not a UUID: " + value);
        }
    }

    private static int number(String value, String column) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: " + value);
        }
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
