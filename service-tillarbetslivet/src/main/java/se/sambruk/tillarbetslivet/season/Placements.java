package se.sambruk.tillarbetslivet.season;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Schools, pupils, places and choices of one organisation. Every method takes the organisation id
 * and every query is scoped by it: another municipality's record is simply not found.
 */
@Repository
public class Placements {

    public record School(long id, String name) {
    }

    public record Pupil(long id, long schoolId, String schoolName, String name, String className, int schoolYear) {
    }

    public record Place(long id, String code, String workplace, String trade, String address, int seats, LocalDate startsOn,
                        LocalDate endsOn, int minAge, String supervisor, String supervisorEmail) {
    }

    static final RowMapper<Pupil> PUPIL = (rs, i) -> new Pupil(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
            rs.getString("name"), rs.getString("class_name"), rs.getInt("school_year"));
    static final RowMapper<Place> PLACE = (rs, i) -> new Place(rs.getLong("id"), rs.getString("code"), rs.getString("workplace"),
            rs.getString("trade"), rs.getString("address"), rs.getInt("seats"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getInt("min_age"), rs.getString("supervisor"), rs.getString("supervisor_email"));

    private static final String PUPIL_SELECT = """
            select p.id, p.school_id, s.name as school_name, p.name, p.class_name, p.school_year
            from tillarbetslivet.pupil p join tillarbetslivet.school s on s.id = p.school_id
            """;

    private final JdbcTemplate jdbc;

    Placements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<School> schools(long org) {
        return jdbc.query("select id, name from tillarbetslivet.school where organisation_id = ? order by name",
                (rs, i) -> new School(rs.getLong(1), rs.getString(2)), org);
    }

    /** The school's id, created on first mention. */
    public long school(long org, String name) {
        return jdbc.queryForList("select id from tillarbetslivet.school where organisation_id = ? and name = ?", Long.class, org, name)
                .stream().findFirst()
                .orElseGet(() -> jdbc.queryForObject("insert into tillarbetslivet.school (organisation_id, name) values (?, ?) returning id",
                        Long.class, org, name));
    }

    public List<Pupil> pupils(long org) {
        return jdbc.query(PUPIL_SELECT + " where p.organisation_id = ? order by s.name, p.class_name, p.name", PUPIL, org);
    }

    public Optional<Pupil> pupil(long org, long id) {
        return jdbc.query(PUPIL_SELECT + " where p.organisation_id = ? and p.id = ?", PUPIL, org, id).stream().findFirst();
    }

    public long addPupil(long org, long schoolId, String name, String className, int schoolYear) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.pupil (organisation_id, school_id, name, class_name, school_year)
                values (?, ?, ?, ?, ?) returning id""", Long.class, org, schoolId, name, className, schoolYear);
    }

    public List<Place> places(long org) {
        return jdbc.query("select * from tillarbetslivet.place where organisation_id = ? order by code", PLACE, org);
    }

    public Optional<Place> place(long org, long id) {
        return jdbc.query("select * from tillarbetslivet.place where organisation_id = ? and id = ?", PLACE, org, id).stream().findFirst();
    }

    /** The organisation's places by their code, for imports of choices. */
    public Map<String, Long> placeIdsByCode(long org) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query("select code, id from tillarbetslivet.place where organisation_id = ?", rs -> {
            ids.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getLong(2));
        }, org);
        return ids;
    }

    public boolean codeTaken(long org, String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from tillarbetslivet.place where organisation_id = ? and upper(code) = upper(?))", Boolean.class, org, code));
    }

    public long addPlace(long org, Place place) {
        return addPlace(org, place, "");
    }

    /** A place in an area (the public list searches by it; empty when not given). */
    public long addPlace(long org, Place place, String area) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.place (organisation_id, code, workplace, trade, address, seats, starts_on, ends_on, min_age,
                                                   supervisor, supervisor_email, area)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, org, place.code(), place.workplace(), place.trade(),
                place.address(), place.seats(), place.startsOn(), place.endsOn(), place.minAge(), place.supervisor(), place.supervisorEmail(),
                area);
    }

    public void setChoices(long org, long pupilId, List<Long> placeIds) {
        jdbc.update("delete from tillarbetslivet.choice where organisation_id = ? and pupil_id = ?", org, pupilId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < placeIds.size(); i++) {
            rows.add(new Object[] {org, pupilId, i + 1, placeIds.get(i)});
        }
        jdbc.batchUpdate("insert into tillarbetslivet.choice (organisation_id, pupil_id, rank, place_id) values (?, ?, ?, ?)", rows);
    }

    /** Every pupil's choices, best first, by pupil id (pupils without choices included with an empty list). */
    public Map<Long, List<Long>> choices(long org) {
        Map<Long, List<Long>> choices = new LinkedHashMap<>();
        jdbc.query("select id from tillarbetslivet.pupil where organisation_id = ? order by id",
                rs -> {
                    choices.put(rs.getLong(1), new ArrayList<>());
                }, org);
        jdbc.query("select pupil_id, place_id from tillarbetslivet.choice where organisation_id = ? order by pupil_id, rank", rs -> {
            choices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }, org);
        return choices;
    }

    public List<Long> choicesOf(long org, long pupilId) {
        return jdbc.queryForList("select place_id from tillarbetslivet.choice where organisation_id = ? and pupil_id = ? order by rank",
                Long.class, org, pupilId);
    }

    /** The guardians' e-mail addresses of the pupil, one a line. */
    public String guardianEmails(long org, long pupilId) {
        return jdbc.queryForList("select guardian_emails from tillarbetslivet.pupil where organisation_id = ? and id = ?", String.class, org, pupilId)
                .stream().findFirst().orElse("");
    }

    public void setGuardianEmails(long org, long pupilId, List<String> emails) {
        jdbc.update("update tillarbetslivet.pupil set guardian_emails = ? where organisation_id = ? and id = ?", String.join("\n", emails), org, pupilId);
    }

    /** The language the pupil's guardians are written to: "sv" (the default) or "en". */
    public String language(long org, long pupilId) {
        return jdbc.queryForList("select language from tillarbetslivet.pupil where organisation_id = ? and id = ?", String.class, org, pupilId)
                .stream().findFirst().orElse("sv");
    }

    public void setLanguage(long org, long pupilId, String language) {
        jdbc.update("update tillarbetslivet.pupil set language = ? where organisation_id = ? and id = ?", language, org, pupilId);
    }

    /** The language of a class list's or form's text: "sv" or "en", null when it is neither. */
    public static String languageOf(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "sv", "svenska", "swedish" -> "sv";
            case "en", "engelska", "english" -> "en";
            default -> null;
        };
    }

    /** The pupil's date of birth, when the class list gave it. */
    public Optional<LocalDate> bornOn(long org, long pupilId) {
        return jdbc.query("select born_on from tillarbetslivet.pupil where organisation_id = ? and id = ? and born_on is not null",
                (rs, i) -> rs.getObject(1, LocalDate.class), org, pupilId).stream().findFirst();
    }

    public void setBornOn(long org, long pupilId, LocalDate bornOn) {
        jdbc.update("update tillarbetslivet.pupil set born_on = ? where organisation_id = ? and id = ?", bornOn, org, pupilId);
    }

    /** The employer's risk assessment for minors at the place (empty when none is written). */
    public String riskAssessment(long org, long placeId) {
        return jdbc.queryForList("select risk_assessment from tillarbetslivet.place where organisation_id = ? and id = ?", String.class, org, placeId)
                .stream().findFirst().orElse("");
    }

    public void setRiskAssessment(long org, long placeId, String text) {
        jdbc.update("update tillarbetslivet.place set risk_assessment = ? where organisation_id = ? and id = ?", text, org, placeId);
    }

    public int pupilCount(long org) {
        return jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, org);
    }
}
