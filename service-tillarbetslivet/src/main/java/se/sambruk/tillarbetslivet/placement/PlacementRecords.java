package se.sambruk.tillarbetslivet.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.tillarbetslivet.timerules.WorkDay;

/**
 * Periods, placements, schedules with attendance, and evaluations of one organisation. Every
 * method takes the organisation id and every query is scoped by it.
 */
@Repository
public class PlacementRecords {

    public record Period(long id, long schoolId, String schoolName, PeriodKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Placement(long id, long pupilId, long periodId, long placeId, String createdBy, Instant createdAt) {
    }

    public record Day(LocalDate date, LocalTime start, LocalTime end, Attendance attendance) {
        public WorkDay workDay() {
            return new WorkDay(date, start, end);
        }

        public long minutes() {
            return java.time.Duration.between(start, end).toMinutes();
        }
    }

    public record Evaluation(Punctuality punctuality, int interest, String comment, String writtenBy, Instant writtenAt) {
    }

    private static final RowMapper<Period> PERIOD = (rs, i) -> new Period(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
            PeriodKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class));
    private static final RowMapper<Placement> PLACEMENT = (rs, i) -> new Placement(rs.getLong("id"), rs.getLong("pupil_id"),
            rs.getLong("period_id"), rs.getLong("place_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    private static final String PERIOD_SELECT = """
            select p.id, p.school_id, s.name as school_name, p.kind, p.name, p.starts_on, p.ends_on
            from tillarbetslivet.period p join tillarbetslivet.school s on s.id = p.school_id
            """;

    private final JdbcTemplate jdbc;

    PlacementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Period> periods(long org) {
        return jdbc.query(PERIOD_SELECT + " where p.organisation_id = ? order by p.starts_on, s.name, p.name", PERIOD, org);
    }

    public List<Period> periodsOfSchool(long org, long schoolId) {
        return jdbc.query(PERIOD_SELECT + " where p.organisation_id = ? and p.school_id = ? order by p.starts_on, p.name", PERIOD, org, schoolId);
    }

    public Optional<Period> period(long org, long id) {
        return jdbc.query(PERIOD_SELECT + " where p.organisation_id = ? and p.id = ?", PERIOD, org, id).stream().findFirst();
    }

    public long addPeriod(long org, long schoolId, PeriodKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.period (organisation_id, school_id, kind, name, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, org, schoolId, kind.name(), name, startsOn, endsOn);
    }

    public boolean schoolExists(long org, long schoolId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from tillarbetslivet.school where organisation_id = ? and id = ?)", Boolean.class, org, schoolId));
    }

    public List<Placement> placementsOfPupil(long org, long pupilId) {
        return jdbc.query("select * from tillarbetslivet.placement where organisation_id = ? and pupil_id = ? order by id", PLACEMENT, org, pupilId);
    }

    public List<Placement> placementsInPeriod(long org, long periodId) {
        return jdbc.query("select * from tillarbetslivet.placement where organisation_id = ? and period_id = ? order by id", PLACEMENT, org, periodId);
    }

    public Optional<Placement> placement(long org, long id) {
        return jdbc.query("select * from tillarbetslivet.placement where organisation_id = ? and id = ?", PLACEMENT, org, id).stream().findFirst();
    }

    public boolean placed(long org, long pupilId, long periodId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from tillarbetslivet.placement where organisation_id = ? and pupil_id = ? and period_id = ?)",
                Boolean.class, org, pupilId, periodId));
    }

    /** Pupils placed at the place in periods that overlap the given dates (for the seats a place has left). */
    public int placedAt(long org, long placeId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                select count(*) from tillarbetslivet.placement pl join tillarbetslivet.period pe on pe.id = pl.period_id
                where pl.organisation_id = ? and pl.place_id = ? and pe.starts_on <= ? and pe.ends_on >= ?""",
                Integer.class, org, placeId, to, from);
    }

    public long addPlacement(long org, long pupilId, long periodId, long placeId, String by) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.placement (organisation_id, pupil_id, period_id, place_id, created_by)
                values (?, ?, ?, ?, ?) returning id""", Long.class, org, pupilId, periodId, placeId, by);
    }

    public List<Day> schedule(long org, long placementId) {
        return jdbc.query("""
                select day, starts_at, ends_at, attendance from tillarbetslivet.schedule_day
                where organisation_id = ? and placement_id = ? order by day""", (rs, i) -> new Day(rs.getObject(1, LocalDate.class),
                rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class),
                rs.getString(4) == null ? null : Attendance.valueOf(rs.getString(4))), org, placementId);
    }

    /** Replaces the schedule: days no longer in it go (with their attendance), the others keep theirs. */
    @Transactional
    public void saveSchedule(long org, long placementId, List<WorkDay> days) {
        Object[] dates = days.stream().map(WorkDay::date).toArray();
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    delete from tillarbetslivet.schedule_day where organisation_id = ? and placement_id = ? and not (day = any (?))""");
            statement.setLong(1, org);
            statement.setLong(2, placementId);
            statement.setArray(3, con.createArrayOf("date", dates));
            return statement;
        });
        List<Object[]> rows = new ArrayList<>();
        for (WorkDay day : days) {
            rows.add(new Object[] {placementId, org, day.date(), day.start(), day.end()});
        }
        jdbc.batchUpdate("""
                insert into tillarbetslivet.schedule_day (placement_id, organisation_id, day, starts_at, ends_at) values (?, ?, ?, ?, ?)
                on conflict (placement_id, day) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at""", rows);
    }

    /** Records the attendance of scheduled days; days not in the schedule are left out. Returns how many days were recorded. */
    @Transactional
    public int recordAttendance(long org, long placementId, Map<LocalDate, Attendance> attendance, String by) {
        int recorded = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (Map.Entry<LocalDate, Attendance> entry : attendance.entrySet()) {
            recorded += jdbc.update("""
                    update tillarbetslivet.schedule_day set attendance = ?, attendance_by = ?, attendance_at = ?
                    where organisation_id = ? and placement_id = ? and day = ?""",
                    entry.getValue() == null ? null : entry.getValue().name(), by, now, org, placementId, entry.getKey());
        }
        return recorded;
    }

    public Optional<Evaluation> evaluation(long org, long placementId) {
        return jdbc.query("select * from tillarbetslivet.evaluation where organisation_id = ? and placement_id = ?",
                (rs, i) -> new Evaluation(Punctuality.valueOf(rs.getString("punctuality")), rs.getInt("interest"), rs.getString("comment"),
                        rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()), org, placementId).stream().findFirst();
    }

    public void saveEvaluation(long org, long placementId, Punctuality punctuality, int interest, String comment, String by) {
        jdbc.update("""
                insert into tillarbetslivet.evaluation (placement_id, organisation_id, punctuality, interest, comment, written_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (placement_id) do update set punctuality = excluded.punctuality, interest = excluded.interest,
                    comment = excluded.comment, written_by = excluded.written_by, written_at = now()""",
                placementId, org, punctuality.name(), interest, comment, by);
    }
}
