package se.sambruk.tillarbetslivet.choosing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.tillarbetslivet.placement.PeriodKind;

/**
 * The pupils' own choosing: the pupil records a signed-in person is (by {@link PupilKey}'s hash),
 * the periods whose choosing window is open, the place bank of a period with its search, the
 * pupil's choices saved whole, and the coordinator's view of who has chosen. Every method but the
 * look-up by hash takes the organisation and every query is scoped by it.
 */
@Repository
public class PupilChoices {

    /** A pupil record the signed-in person is. */
    public record Pupil(long organisationId, long id, long schoolId, String schoolName, String name, String className, int schoolYear,
                        LocalDate bornOn) {
    }

    /** A period with its choosing window. */
    public record Period(long id, long schoolId, PeriodKind kind, String name, LocalDate startsOn, LocalDate endsOn, boolean open,
                         int maxChoices) {
    }

    /** A place of the bank, as the pupil sees it. */
    public record Place(long id, String code, String workplace, String trade, String area, String address, LocalDate startsOn,
                        LocalDate endsOn, int minAge, int maxAge, Double lat, Double lon) {
        public ChoiceRules.Candidate candidate() {
            return new ChoiceRules.Candidate(id, startsOn, endsOn, minAge, maxAge);
        }
    }

    /** The bank's search: parts of the area and of the trade, any case. */
    public record Search(String area, String trade) {
        public Search {
            area = clean(area);
            trade = clean(trade);
        }

        private static String clean(String text) {
            String stripped = text == null ? "" : text.strip();
            return stripped.length() > 120 ? stripped.substring(0, 120) : stripped;
        }
    }

    /** A line of the coordinator's list: the pupil, how many choices, and whether the pupil made them. */
    public record Chooser(long pupilId, String name, String className, int choices, boolean byPupil) {
    }

    /** At most this many places are listed in one search. */
    public static final int BANK_LIMIT = 200;

    private static final RowMapper<Period> PERIOD = (rs, i) -> new Period(rs.getLong("id"), rs.getLong("school_id"),
            PeriodKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getBoolean("choosing_open"), rs.getInt("max_choices"));
    private static final RowMapper<Place> PLACE = (rs, i) -> new Place(rs.getLong("id"), rs.getString("code"), rs.getString("workplace"),
            rs.getString("trade"), rs.getString("area"), rs.getString("address"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getInt("min_age"), rs.getInt("max_age"),
            rs.getObject("lat", Double.class), rs.getObject("lon", Double.class));

    private final JdbcTemplate jdbc;

    PupilChoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The pupil records with this person's hash in the given organisations (those using the service today). */
    public List<Pupil> pupilsOf(String personHash, Collection<Long> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.organisation_id, p.id, p.school_id, s.name as school_name, p.name, p.class_name, p.school_year, p.born_on
                from tillarbetslivet.pupil p join tillarbetslivet.school s on s.id = p.school_id
                where p.person_hash = ? and p.organisation_id = any (?) order by p.created_at desc, p.id desc""",
                (rs, i) -> new Pupil(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getObject(8, LocalDate.class)), personHash, organisations.toArray(Long[]::new));
    }

    public void setPersonHash(long org, long pupilId, String hash) {
        jdbc.update("update tillarbetslivet.pupil set person_hash = ? where organisation_id = ? and id = ?", hash, org, pupilId);
    }

    public Optional<Period> period(long org, long id) {
        return jdbc.query("select * from tillarbetslivet.period where organisation_id = ? and id = ?", PERIOD, org, id).stream().findFirst();
    }

    /** The soonest period of the pupil's school, open for choosing, whose kind suits the pupil's year. */
    public Optional<Period> openPeriodFor(Pupil pupil) {
        return jdbc.query("""
                select * from tillarbetslivet.period where organisation_id = ? and school_id = ? and choosing_open
                order by starts_on, id""", PERIOD, pupil.organisationId(), pupil.schoolId()).stream()
                .filter(period -> period.kind().allows(pupil.schoolYear())).findFirst();
    }

    /** The pupil's placement's place in the period, if the pupil is placed. */
    public Optional<Long> placedAt(long org, long pupilId, long periodId) {
        return jdbc.queryForList("select place_id from tillarbetslivet.placement where organisation_id = ? and pupil_id = ? and period_id = ?",
                Long.class, org, pupilId, periodId).stream().findFirst();
    }

    /** Opens or closes the period's choosing window and sets the most choices a pupil ranks. */
    public void setWindow(long org, long periodId, boolean open, int maxChoices) {
        jdbc.update("update tillarbetslivet.period set choosing_open = ?, max_choices = ? where organisation_id = ? and id = ?",
                open, maxChoices, org, periodId);
    }

    /** The places whose dates meet the period, matching the search, by code (at most {@link #BANK_LIMIT} + 1, to tell there were more). */
    public List<Place> bank(long org, Period period, Search search) {
        return bank(org, period, search, BANK_LIMIT + 1);
    }

    /** The places whose dates meet the period, matching the search, by code, at most {@code limit}. */
    public List<Place> bank(long org, Period period, Search search, int limit) {
        return jdbc.query("""
                select id, code, workplace, trade, area, address, starts_on, ends_on, min_age, max_age, lat, lon from tillarbetslivet.place
                where organisation_id = ? and ends_on >= ? and starts_on <= ?
                  and not exists (select 1 from tillarbetslivet.found_place f join tillarbetslivet.placement pl on pl.id = f.placement_id
                                  where f.status = 'APPROVED' and pl.place_id = place.id)
                  and area ilike ('%' || ? || '%') escape '\\' and trade ilike ('%' || ? || '%') escape '\\'
                order by code limit ?""", PLACE, org, period.startsOn(), period.endsOn(), like(search.area()), like(search.trade()),
                limit);
    }

    /** The organisation's places with these ids, by id. */
    public Map<Long, Place> places(long org, Collection<Long> ids) {
        Map<Long, Place> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("""
                    select id, code, workplace, trade, area, address, starts_on, ends_on, min_age, max_age, lat, lon from tillarbetslivet.place
                    where organisation_id = ? and id = any (?)""", PLACE, org, ids.toArray(Long[]::new)).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    public List<Long> choicesOf(long org, long pupilId) {
        return jdbc.queryForList("select place_id from tillarbetslivet.choice where organisation_id = ? and pupil_id = ? order by rank",
                Long.class, org, pupilId);
    }

    /** Replaces the pupil's choices with these, made by the pupil, in one transaction (the pupil's row locked meanwhile). */
    @Transactional
    public void saveByPupil(long org, long pupilId, List<Long> placeIds) {
        jdbc.queryForList("select id from tillarbetslivet.pupil where organisation_id = ? and id = ? for update", Long.class, org, pupilId);
        jdbc.update("delete from tillarbetslivet.choice where organisation_id = ? and pupil_id = ?", org, pupilId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < placeIds.size(); i++) {
            rows.add(new Object[] {org, pupilId, i + 1, placeIds.get(i)});
        }
        jdbc.batchUpdate("insert into tillarbetslivet.choice (organisation_id, pupil_id, rank, place_id, by_pupil) values (?, ?, ?, ?, true)",
                rows);
    }

    /** The pupils of the period's school whose year suits its kind, with their choices' count and who made them. */
    public List<Chooser> choosers(long org, Period period) {
        List<Chooser> choosers = new ArrayList<>();
        jdbc.query("""
                select p.id, p.name, p.class_name, p.school_year, count(c.place_id) as choices, coalesce(bool_or(c.by_pupil), false) as by_pupil
                from tillarbetslivet.pupil p left join tillarbetslivet.choice c on c.pupil_id = p.id and c.organisation_id = p.organisation_id
                where p.organisation_id = ? and p.school_id = ?
                group by p.id order by p.class_name, p.name""", rs -> {
            if (period.kind().allows(rs.getInt("school_year"))) {
                choosers.add(new Chooser(rs.getLong("id"), rs.getString("name"), rs.getString("class_name"), rs.getInt("choices"),
                        rs.getBoolean("by_pupil")));
            }
        }, org, period.schoolId());
        return choosers;
    }

    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
