package se.sambruk.tillarbetslivet.choosing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.geo.Geocoder;

/**
 * Positions for the pupils' search by distance, through the core's geocoder: a place's from its
 * address when it is saved (a failure leaves the position empty and never blocks the save), and
 * the point the pupil measures from (an address the pupil types, or the school's address, else its
 * name). The coordinator sets a place's position by hand or asks the geocoder again; every night the
 * places still without a position (saved before V13, or while the geocoder was down) are asked for.
 */
@Component
public class PlacePositions {

    private static final Logger log = LoggerFactory.getLogger(PlacePositions.class);

    /** The most places the nightly job asks the geocoder for in one night. */
    static final int NIGHTLY_LIMIT = 200;

    private final Geocoder geocoder;
    private final JdbcTemplate jdbc;
    private final ClusterJobs jobs;
    private final Duration interval;

    PlacePositions(Geocoder geocoder, JdbcTemplate jdbc, ClusterJobs jobs,
                   @Value("${sambruk.geocoder.min-interval:${sambruk.fixamingata.geocoder.min-interval:PT1S}}") Duration interval) {
        this.geocoder = geocoder;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.interval = interval;
    }

    /** A place's position and where it came from ({@code GEOCODER}: its address; {@code HAND}: the coordinator). */
    public record Position(double lat, double lon, String source) {
        public boolean byHand() {
            return "HAND".equals(source);
        }

        /** Latitude, longitude as typed into a map: {@code 60.4858, 15.4371}. */
        public String text() {
            return lat + ", " + lon;
        }
    }

    /** The place's position, if it has one. */
    public Optional<Position> of(long org, long placeId) {
        return jdbc.query("select lat, lon, position_source from tillarbetslivet.place where organisation_id = ? and id = ? and lat is not null",
                (rs, i) -> new Position(rs.getDouble(1), rs.getDouble(2), rs.getString(3)), org, placeId).stream().findFirst();
    }

    /** Sets the place's position as the coordinator typed it (checked by {@link ManualPosition}). */
    public void setByHand(long org, long placeId, Distance.Point point) {
        jdbc.update("update tillarbetslivet.place set lat = ?, lon = ?, position_source = 'HAND' where organisation_id = ? and id = ?",
                point.lat(), point.lon(), org, placeId);
    }

    /** A school with its address (null when none). */
    public record SchoolAddress(long id, String name, String address) {
    }

    /** The organisation's schools with their addresses, by name. */
    public List<SchoolAddress> schools(long org) {
        return jdbc.query("select id, name, address from tillarbetslivet.school where organisation_id = ? order by name",
                (rs, i) -> new SchoolAddress(rs.getLong(1), rs.getString(2), rs.getString(3)), org);
    }

    /** The school's own address, if the coordinator entered one. */
    public Optional<String> schoolAddress(long org, long schoolId) {
        return jdbc.queryForList("select address from tillarbetslivet.school where organisation_id = ? and id = ? and address is not null",
                String.class, org, schoolId).stream().findFirst();
    }

    /** Sets (or with null removes) the school's address; whether the school is the organisation's. */
    public boolean setSchoolAddress(long org, long schoolId, String address) {
        return jdbc.update("update tillarbetslivet.school set address = ? where organisation_id = ? and id = ?", address, org, schoolId) == 1;
    }

    /** What the pupils' distance is measured from by default: the school's address, else its name. */
    public String schoolOrigin(long org, long schoolId, String schoolName) {
        return schoolAddress(org, schoolId).orElse(schoolName);
    }

    /** Whether a geocoder is configured; without one there is no search by distance. */
    public boolean enabled() {
        return geocoder.enabled();
    }

    /** The best point for the text; empty when nothing is found, or the geocoder is off or does not answer. */
    public Optional<Distance.Point> locate(String text) {
        if (!geocoder.enabled() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Geocoder.Place> places = geocoder.search(text.strip());
            return places.stream().findFirst().map(p -> new Distance.Point(p.lat(), p.lon()));
        } catch (Geocoder.Unavailable unavailable) {
            log.info("Tillarbetslivet: no position for an address now: {}", unavailable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Sets the place's position from its address. Whether it was found; when not (or the geocoder does
     * not answer) the position the place had stays.
     */
    public boolean position(long org, long placeId, String address) {
        Optional<Distance.Point> point = locate(address);
        if (point.isPresent()) {
            jdbc.update("""
                    update tillarbetslivet.place set lat = ?, lon = ?, position_source = 'GEOCODER', position_tried_at = now()
                    where organisation_id = ? and id = ?""", point.get().lat(), point.get().lon(), org, placeId);
        } else {
            jdbc.update("update tillarbetslivet.place set position_tried_at = now() where organisation_id = ? and id = ?", org, placeId);
        }
        return point.isPresent();
    }

    /** A place the nightly job asks for. */
    record Missing(long org, long id, String address) {
    }

    /**
     * Every night, on one node: the places without a position that have not ended and are not
     * withdrawn, not asked for in the last week, at most {@link #NIGHTLY_LIMIT}, one request per the
     * geocoder's interval. How many were placed.
     */
    @Scheduled(cron = "${sambruk.tillarbetslivet.position-cron:0 20 3 * * *}")
    public void positionNightly() {
        jobs.runAlone("tillarbetslivet.positions", this::positionMissing);
    }

    /** The nightly job's work (also run by the tests): how many places were placed. */
    public int positionMissing() {
        if (!geocoder.enabled()) {
            return 0;
        }
        List<Missing> missing = jdbc.query("""
                select organisation_id, id, address from tillarbetslivet.place
                where lat is null and withdrawn_at is null and ends_on >= current_date
                  and (position_tried_at is null or position_tried_at < now() - interval '7 days')
                order by id limit ?""", (rs, i) -> new Missing(rs.getLong(1), rs.getLong(2), rs.getString(3)), NIGHTLY_LIMIT);
        int placed = 0;
        for (Missing place : missing) {
            if (position(place.org(), place.id(), place.address())) {
                placed++;
            }
            try {
                Thread.sleep(interval.toMillis()); // the geocoder answers one request per interval; a faster one is refused
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        log.info("Tillarbetslivet: {} of {} places without a position placed from their addresses", placed, missing.size());
        return placed;
    }
}
