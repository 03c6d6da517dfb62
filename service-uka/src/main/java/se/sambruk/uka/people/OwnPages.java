package se.sambruk.uka.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.PersonalIdentityNumber;

/**
 * The young person's own page: the municipality's setting that turns it on (with how the UKA team is
 * reached), the booked meetings a young person sees, and their requests to be contacted. A resident
 * is matched to a record by personnummer only within the municipalities that turned the page on.
 */
@Service
public class OwnPages {

    /** How many times a young person may ask to be contacted in a day. */
    public static final int REQUESTS_PER_DAY = 3;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OwnPages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A municipality's settings for the young people's page. */
    public record Settings(boolean residentPage, String teamPhone, String teamEmail) {
        public static final Settings NONE = new Settings(false, null, null);
    }

    public Settings settings(long organisationId) {
        return jdbc.query("select resident_page, team_phone, team_email from uka.setting where organisation_id = ?",
                (rs, i) -> new Settings(rs.getBoolean(1), rs.getString(2), rs.getString(3)), organisationId).stream().findFirst().orElse(Settings.NONE);
    }

    @Transactional
    public void saveSettings(long organisationId, Settings settings, String by) {
        jdbc.update("insert into uka.setting (organisation_id, resident_page, team_phone, team_email, updated_by) values (?, ?, ?, ?, ?) "
                + "on conflict (organisation_id) do update set resident_page = excluded.resident_page, team_phone = excluded.team_phone, "
                + "team_email = excluded.team_email, updated_by = excluded.updated_by, updated_at = now()", organisationId, settings.residentPage(),
                Register.blankToNull(settings.teamPhone()), Register.blankToNull(settings.teamEmail()), by);
    }

    /** A young person's record as their own page finds it: the person and the municipality. */
    public record OwnRecord(long personId, long organisationId, String name, Long caseworkerUserId, String caseworker) {
    }

    /** The resident's records in the municipalities that turned the page on (usually one; none when not in any register). */
    public List<OwnRecord> recordsOf(PersonalIdentityNumber personnummer) {
        return jdbc.query("select p.id, p.organisation_id, p.name, p.caseworker_user_id, p.caseworker from uka.young_person p "
                + "join uka.setting s on s.organisation_id = p.organisation_id and s.resident_page "
                + "where p.personnummer = ? and p.anonymised_at is null order by p.organisation_id",
                (rs, i) -> new OwnRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getString(5)),
                personnummer.value());
    }

    /** The resident's record with this id, when it is theirs and the page is on in its municipality. */
    public Optional<OwnRecord> recordOf(PersonalIdentityNumber personnummer, long personId) {
        return recordsOf(personnummer).stream().filter(r -> r.personId() == personId).findFirst();
    }

    /** A booked meeting the young person sees: the day and what the caseworker wrote for them. */
    public record Meeting(LocalDate day, String note) {
    }

    /** The person's booked meetings from today on. */
    public List<Meeting> meetings(long organisationId, long personId) {
        return jdbc.query("select due_date, note from uka.follow_up where organisation_id = ? and person_id = ? and meeting and done_at is null "
                + "and due_date >= ? order by due_date", (rs, i) -> new Meeting(rs.getDate(1).toLocalDate(), rs.getString(2)),
                organisationId, personId, Date.valueOf(LocalDate.now(clock)));
    }

    /** A request to be contacted. */
    public record ContactRequest(long id, long personId, String personName, String message, Instant askedAt, Instant handledAt, String handledBy) {
    }

    /** How many requests the person has made today (Swedish time). */
    public int requestsToday(long organisationId, long personId) {
        Instant midnight = LocalDate.now(clock).atStartOfDay(SWEDEN).toInstant();
        Integer n = jdbc.queryForObject("select count(*) from uka.contact_request where organisation_id = ? and person_id = ? and asked_at >= ?",
                Integer.class, organisationId, personId, Timestamp.from(midnight));
        return n == null ? 0 : n;
    }

    /**
     * Stores a request, unless the person has made {@link #REQUESTS_PER_DAY} today: false then, and
     * nothing stored. The person's row is locked first, so two requests at once count right.
     */
    @Transactional
    public boolean ask(long organisationId, long personId, String message) {
        jdbc.queryForList("select id from uka.young_person where organisation_id = ? and id = ? for update", Long.class, organisationId, personId);
        if (requestsToday(organisationId, personId) >= REQUESTS_PER_DAY) {
            return false;
        }
        jdbc.update("insert into uka.contact_request (organisation_id, person_id, message, asked_at) values (?, ?, ?, ?)", organisationId, personId,
                message.strip(), Timestamp.from(clock.instant()));
        return true;
    }

    private static final String REQUEST_SELECT = "select r.id, r.person_id, p.name, r.message, r.asked_at, r.handled_at, r.handled_by "
            + "from uka.contact_request r join uka.young_person p on p.id = r.person_id and p.organisation_id = r.organisation_id ";

    private static ContactRequest request(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp handled = rs.getTimestamp(6);
        return new ContactRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                handled == null ? null : handled.toInstant(), rs.getString(7));
    }

    /** The person's requests, newest first (handled ones too, for the history). */
    public List<ContactRequest> requests(long organisationId, long personId) {
        return jdbc.query(REQUEST_SELECT + "where r.organisation_id = ? and r.person_id = ? order by r.asked_at desc limit 50", OwnPages::request,
                organisationId, personId);
    }

    /** The municipality's requests not yet handled, oldest first (the overview), for a caseworker's people or all. */
    public List<ContactRequest> open(long organisationId, int limit) {
        return jdbc.query(REQUEST_SELECT + "where r.organisation_id = ? and r.handled_at is null and p.anonymised_at is null order by r.asked_at limit ?",
                OwnPages::request, organisationId, limit);
    }

    /** Marks a request handled; false when it is not the person's or already handled. */
    @Transactional
    public boolean handle(long organisationId, long personId, long requestId, String by) {
        return jdbc.update("update uka.contact_request set handled_at = now(), handled_by = ? where organisation_id = ? and person_id = ? and id = ? "
                + "and handled_at is null", by, organisationId, personId, requestId) == 1;
    }
}
