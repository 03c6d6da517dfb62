package se.sambruk.egil.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Made-up school data for a school organiser, as the CSV that the CSV source reads: school units,
 * class and teaching groups, a test group (Provgrupp) of year 9 per unit, pupils and teachers.
 * The same arguments give the same data (ids are name-based UUIDs), so the demo, the tests and
 * the benchmark can rebuild it. Every person has an e-mail address and eppn of their own (the SCIM
 * userName), teachers' with an {@code l} before their number. Civic numbers are samordningsnummer-shaped with a valid check digit.
 */
public final class RegionGenerator {

    private static final String[] GIVEN = {"Alva", "Elsa", "Maja", "Wilma", "Saga", "Ebba", "Alice", "Freja", "Ella", "Olivia",
            "Noah", "William", "Hugo", "Liam", "Lucas", "Oscar", "Elias", "Adam", "Leo", "Vincent", "Aya", "Omar", "Selma", "Ali"};
    private static final String[] FAMILY = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hassan", "Lindberg", "Lindqvist", "Berg", "Axelsson", "Ahmed"};

    private final String organiser;
    private final int units;
    private final int pupils;
    private final int teachers;
    private final int groups;

    /** @param groups teaching and class groups together (a test group per unit comes on top) */
    public RegionGenerator(String organiser, int units, int pupils, int teachers, int groups) {
        this.organiser = organiser;
        this.units = Math.max(1, units);
        this.pupils = pupils;
        this.teachers = Math.max(this.units, teachers);
        this.groups = Math.max(2 * this.units, groups);
    }

    public static UUID id(String organiser, String kind, int n) {
        return UUID.nameUUIDFromBytes((organiser + ":" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    public UUID unitId(int unit) {
        return id(organiser, "unit", unit);
    }

    public UUID pupilId(int pupil) {
        return id(organiser, "pupil", pupil);
    }

    public String csv() {
        StringBuilder out = new StringBuilder(pupils * 200);
        out.append("type,id,display_name,given_name,family_name,civic_no,eppn,email,school_unit,school_unit_code,school_type,school_year,programme,group_type,groups\n");
        out.append("ORGANISER,").append(id(organiser, "organiser", 0)).append(',').append(organiser).append(",,,,,,,,,,,,\n");
        int groupsPerUnit = groups / units;
        int classesPerUnit = Math.max(1, groupsPerUnit / 3);
        int teachingPerUnit = Math.max(1, groupsPerUnit - classesPerUnit);
        for (int u = 0; u < units; u++) {
            out.append("SCHOOL_UNIT,").append(unitId(u)).append(",\"").append(unitName(u)).append("\",,,,,,,")
                    .append(String.format("%08d", 10_000_000 + u)).append(",GR,,,,\n");
            for (int c = 0; c < classesPerUnit; c++) {
                out.append("GROUP,").append(group(u, "class", c)).append(',').append(7 + c % 3).append((char) ('A' + c / 3 % 26))
                        .append(",,,,,,").append(unitId(u)).append(",,GR,,,Klass,\n");
            }
            for (int t = 0; t < teachingPerUnit; t++) {
                out.append("GROUP,").append(group(u, "teaching", t)).append(',').append(SUBJECTS[t % SUBJECTS.length]).append(' ')
                        .append(7 + t % 3).append(",,,,,,").append(unitId(u)).append(",,GR,,,Undervisning,\n");
            }
            out.append("GROUP,").append(group(u, "test", 0)).append(",Nationella prov åk 9,,,,,,").append(unitId(u))
                    .append(",,GR,,,Provgrupp,\n");
        }
        int teachersPerUnit = teachers / units;
        for (int t = 0; t < teachers; t++) {
            int u = Math.min(units - 1, t / Math.max(1, teachersPerUnit));
            int local = t - u * teachersPerUnit;
            List<String> taught = new ArrayList<>();
            for (int g = local; g < teachingPerUnit; g += Math.max(1, teachersPerUnit)) {
                taught.add(group(u, "teaching", g).toString());
            }
            if (local == 0) {
                taught.add(group(u, "test", 0).toString());
            }
            person(out, "TEACHER", id(organiser, "teacher", t), 7 * t + 3, "l" + t, unitId(u), null, String.join("|", taught));
        }
        int pupilsPerUnit = Math.max(1, pupils / units);
        for (int p = 0; p < pupils; p++) {
            int u = Math.min(units - 1, p / pupilsPerUnit);
            int local = p - u * pupilsPerUnit;
            int year = 7 + local % 3;
            List<String> memberOf = new ArrayList<>();
            memberOf.add(group(u, "class", local % classesPerUnit).toString());
            memberOf.add(group(u, "teaching", local % teachingPerUnit).toString());
            memberOf.add(group(u, "teaching", (local + 7) % teachingPerUnit).toString());
            if (year == 9) {
                memberOf.add(group(u, "test", 0).toString());
            }
            person(out, "STUDENT", pupilId(p), p, String.valueOf(p), unitId(u), year, String.join("|", new java.util.LinkedHashSet<>(memberOf)));
        }
        return out.toString();
    }

    private static final String[] SUBJECTS = {"Matematik", "Svenska", "Engelska", "NO", "SO", "Idrott", "Bild", "Teknik", "Moderna språk"};

    private String unitName(int u) {
        return organiser + " skola " + (u + 1);
    }

    private UUID group(int unit, String kind, int n) {
        return id(organiser, kind + "-group-" + unit, n);
    }

    /** @param handle unique among all persons (pupils by number, teachers "l" + number), so that userNames never clash */
    private void person(StringBuilder out, String type, UUID id, int n, String handle, UUID unit, Integer year, String groupIds) {
        String given = GIVEN[Math.floorMod(n * 7 + 3, GIVEN.length)];
        String family = FAMILY[Math.floorMod(n * 13 + 5, FAMILY.length)];
        String user = (given + "." + family + "." + handle).toLowerCase(java.util.Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        String domain = organiser.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".skola.example";
        out.append(type).append(',').append(id).append(",,").append(given).append(',').append(family).append(',')
                .append(civicNo(year == null ? 1975 + n % 30 : 2016 - (year - 7), n)).append(',')
                .append(user).append('@').append(domain).append(',').append(user).append('@').append(domain).append(',')
                .append(unit).append(",,").append(year == null ? "" : "GR").append(',').append(year == null ? "" : year)
                .append(",,,").append(groupIds).append('\n');
    }

    /** A samordningsnummer-shaped number (day + 60) with a valid Luhn check digit. */
    static String civicNo(int birthYear, int n) {
        int month = 1 + Math.floorMod(n, 12);
        int day = 61 + Math.floorMod(n / 12, 28);
        int serial = Math.floorMod(n * 37, 1000);
        String nine = String.format("%02d%02d%02d%03d", birthYear % 100, month, day, serial);
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return birthYear + nine.substring(2) + (10 - sum % 10) % 10;
    }
}
