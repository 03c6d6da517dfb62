package se.sambruk.tillarbetslivet.season;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A place's terms as the coordinator edits them (seats, dates, ages, description) and the periods of
 * the pupils placed there, which {@link PlaceChange} checks a change against. Scoped by the
 * organisation; the caller locks the place ({@link #lock}) in the transaction that checks and saves.
 */
@Repository
public class PlaceEdits {

    /** What the coordinator edits, and whether the place is withdrawn (then it is not edited). */
    public record Terms(int seats, LocalDate startsOn, LocalDate endsOn, int minAge, int maxAge, String description, boolean withdrawn) {
    }

    private final JdbcTemplate jdbc;

    PlaceEdits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Terms> terms(long org, long placeId) {
        return jdbc.query("""
                select seats, starts_on, ends_on, min_age, max_age, description, withdrawn_at is not null as withdrawn
                from tillarbetslivet.place where organisation_id = ? and id = ?""",
                (rs, i) -> new Terms(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getBoolean(7)), org, placeId).stream().findFirst();
    }

    /** Locks the place's row (a placement made at the same moment waits) and gives its terms. */
    public Optional<Terms> lock(long org, long placeId) {
        jdbc.queryForList("select id from tillarbetslivet.place where organisation_id = ? and id = ? for update", Long.class, org, placeId);
        return terms(org, placeId);
    }

    /** The periods of the pupils placed at the place. */
    public List<PlaceChange.Placed> placed(long org, long placeId) {
        return jdbc.query("""
                select pe.starts_on, pe.ends_on from tillarbetslivet.placement pl join tillarbetslivet.period pe on pe.id = pl.period_id
                where pl.organisation_id = ? and pl.place_id = ?""",
                (rs, i) -> new PlaceChange.Placed(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)), org, placeId);
    }

    /**
     * Checks the change against the pupils placed at the place and saves it, in one transaction with the
     * place locked. The broken rules by field (nothing saved), or none; empty when there is no such place.
     */
    @Transactional
    public Optional<Map<String, PlaceChange.Broken>> change(long org, long placeId, PlaceChange.Change change, String description) {
        Terms terms = lock(org, placeId).orElse(null);
        if (terms == null) {
            return Optional.empty();
        }
        if (terms.withdrawn()) {
            return Optional.of(Map.of("seats", new PlaceChange.Broken("tal.change.withdrawn")));
        }
        Map<String, PlaceChange.Broken> errors = PlaceChange.check(change, placed(org, placeId));
        if (errors.isEmpty()) {
            update(org, placeId, change, description);
        }
        return Optional.of(errors);
    }

    void update(long org, long placeId, PlaceChange.Change change, String description) {
        jdbc.update("""
                update tillarbetslivet.place set seats = ?, starts_on = ?, ends_on = ?, min_age = ?, max_age = ?, description = ?
                where organisation_id = ? and id = ?""", change.seats(), change.startsOn(), change.endsOn(), change.minAge(), change.maxAge(),
                description, org, placeId);
    }
}
