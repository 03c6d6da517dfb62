package se.sambruk.tillarbetslivet.workplace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.sambruk.core.OrganisationNumber;

/**
 * Workplaces invited by e-mail and their supervisors. An invitation's token is kept only as its
 * SHA-256. A supervisor signed in with e-legitimation joins by the invitation's link and then
 * reaches exactly the placements at their workplaces' places: every resident query goes through
 * {@code workplace.resident_id}.
 */
@Repository
public class Workplaces {

    /** An invitation stays open this long. */
    public static final int INVITATION_DAYS = 30;

    public record Workplace(long id, long organisationId, String name, String email, Instant invitedAt, Long residentId, String residentName,
                            Instant joinedAt, String orgNumber, String address, String trade, String area, Instant registeredAt) {
        public boolean joined() {
            return residentId != null;
        }

        /** Whether the workplace has given its organisation number, address, trade and area (needed to offer places). */
        public boolean registered() {
            return orgNumber != null;
        }
    }

    /** What a workplace registers about itself. */
    public record Registration(String name, OrganisationNumber orgNumber, String address, String trade, String area, String email) {
    }

    /** A placement as the workplace's supervisor sees it in their list. */
    public record SupervisedPlacement(long id, long organisationId, String pupilName, String className, String periodName, String kind,
                                      LocalDate startsOn, LocalDate endsOn, String placeCode, String workplace) {
    }

    private static final RowMapper<Workplace> WORKPLACE = (rs, i) -> new Workplace(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getString("name"), rs.getString("email"), rs.getTimestamp("invited_at").toInstant(), (Long) rs.getObject("resident_id"),
            rs.getString("resident_name"), instant(rs.getTimestamp("joined_at")), rs.getString("org_number"), rs.getString("address"),
            rs.getString("trade"), rs.getString("area"), instant(rs.getTimestamp("registered_at")));

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    Workplaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invites the place's workplace: the place's workplace row (created on the first invitation) gets
     * a new token and the address. Answers the token for the link; only its hash is stored.
     */
    @Transactional
    public String invite(long org, long placeId, String workplaceName, String email, String by) {
        String token = newToken();
        Long existing = jdbc.queryForObject("select workplace_id from tillarbetslivet.place where organisation_id = ? and id = ?", Long.class,
                org, placeId);
        if (existing == null) {
            long id = jdbc.queryForObject("""
                    insert into tillarbetslivet.workplace (organisation_id, name, email, token_hash, invited_by) values (?, ?, ?, ?, ?)
                    returning id""", Long.class, org, workplaceName, email, hash(token), by);
            jdbc.update("update tillarbetslivet.place set workplace_id = ? where organisation_id = ? and id = ?", id, org, placeId);
        } else {
            jdbc.update("""
                    update tillarbetslivet.workplace set email = ?, token_hash = ?, invited_by = ?, invited_at = now()
                    where organisation_id = ? and id = ?""", email, hash(token), by, org, existing);
        }
        return token;
    }

    /** The demo's invitation with a known token, so the demo can be tried without reading mail. */
    public void inviteWithToken(long org, long placeId, String workplaceName, String email, String token, String by) {
        long id = jdbc.queryForObject("""
                insert into tillarbetslivet.workplace (organisation_id, name, email, token_hash, invited_by, invited_at) values (?, ?, ?, ?, ?, now())
                returning id""", Long.class, org, workplaceName, email, hash(token), by);
        jdbc.update("update tillarbetslivet.place set workplace_id = ? where organisation_id = ? and id = ?", id, org, placeId);
    }

    /**
     * Invites a workplace that has no place yet: a workplace row with the name and address, and a
     * new token for the link (only its hash is stored).
     */
    @Transactional
    public String inviteWorkplace(long org, String workplaceName, String email, String by) {
        String token = newToken();
        jdbc.update("insert into tillarbetslivet.workplace (organisation_id, name, email, token_hash, invited_by) values (?, ?, ?, ?, ?)",
                org, workplaceName, email, hash(token), by);
        return token;
    }

    /** A workplace registered by the signed-in resident, who becomes its supervisor at once. */
    public long register(long org, long residentId, String residentName, Registration registration) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.workplace (organisation_id, name, email, resident_id, resident_name, joined_at, org_number, address,
                                                       trade, area, registered_at)
                values (?, ?, ?, ?, ?, now(), ?, ?, ?, ?, now()) returning id""", Long.class, org, registration.name(), registration.email(),
                residentId, residentName, registration.orgNumber().value(), registration.address(), registration.trade(), registration.area());
    }

    /** The resident's workplace's details (an invited workplace completes its registration); false when it is not theirs. */
    public boolean updateRegistration(long workplaceId, long residentId, Registration registration) {
        return jdbc.update("""
                update tillarbetslivet.workplace set name = ?, email = ?, org_number = ?, address = ?, trade = ?, area = ?,
                       registered_at = coalesce(registered_at, now())
                where id = ? and resident_id = ?""", registration.name(), registration.email(), registration.orgNumber().value(),
                registration.address(), registration.trade(), registration.area(), workplaceId, residentId) == 1;
    }

    /** One of the resident's workplaces. */
    public Optional<Workplace> ofResident(long residentId, long workplaceId) {
        return jdbc.query("select * from tillarbetslivet.workplace where resident_id = ? and id = ?", WORKPLACE, residentId, workplaceId)
                .stream().findFirst();
    }

    /** The organisation's workplaces, by name. */
    public List<Workplace> ofOrganisation(long org) {
        return jdbc.query("select * from tillarbetslivet.workplace where organisation_id = ? order by lower(name), id", WORKPLACE, org);
    }

    public Optional<Workplace> ofOrganisation(long org, long workplaceId) {
        return jdbc.query("select * from tillarbetslivet.workplace where organisation_id = ? and id = ?", WORKPLACE, org, workplaceId)
                .stream().findFirst();
    }

    /** The approved places of the resident's workplaces. */
    public List<OwnPlace> placesOf(long residentId) {
        return jdbc.query("""
                select p.id, p.code, w.name as workplace, p.trade, p.starts_on, p.ends_on, p.seats,
                       (select count(*) from tillarbetslivet.placement pl where pl.place_id = p.id) as placed
                from tillarbetslivet.place p join tillarbetslivet.workplace w on w.id = p.workplace_id and w.organisation_id = p.organisation_id
                where w.resident_id = ? order by p.starts_on, p.code""", (rs, i) -> new OwnPlace(rs.getLong("id"), rs.getString("code"),
                rs.getString("workplace"), rs.getString("trade"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getInt("seats"), rs.getInt("placed")), residentId);
    }

    /** A place of one of the supervisor's workplaces, in their list. */
    public record OwnPlace(long id, String code, String workplace, String trade, LocalDate startsOn, LocalDate endsOn, int seats, int placed) {
    }

    public Optional<Workplace> ofPlace(long org, long placeId) {
        return jdbc.query("""
                select w.* from tillarbetslivet.workplace w join tillarbetslivet.place p on p.workplace_id = w.id
                where p.organisation_id = ? and p.id = ?""", WORKPLACE, org, placeId).stream().findFirst();
    }

    /**
     * The coordinator removes the supervisor of the place's workplace: from the next request on they
     * reach none of its places and pupils (every supervisor's page asks who the supervisor is now).
     * False when the place has no workplace with a supervisor.
     */
    @Transactional
    public boolean removeSupervisor(long org, long placeId) {
        return jdbc.update("""
                update tillarbetslivet.workplace set resident_id = null, resident_name = null, joined_at = null
                where organisation_id = ? and resident_id is not null
                  and id = (select workplace_id from tillarbetslivet.place where organisation_id = ? and id = ?)""", org, org, placeId) == 1;
    }

    /** The workplace of an open invitation (not older than {@link #INVITATION_DAYS}). */
    public Optional<Workplace> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("""
                select * from tillarbetslivet.workplace where token_hash = ? and invited_at > now() - make_interval(days => ?)""",
                WORKPLACE, hash(token), INVITATION_DAYS).stream().findFirst();
    }

    /**
     * The resident becomes the workplace's supervisor; the token is used up. False when another
     * person already is its supervisor.
     */
    @Transactional
    public boolean join(long workplaceId, long residentId, String residentName) {
        return jdbc.update("""
                update tillarbetslivet.workplace set resident_id = ?, resident_name = ?, joined_at = now(), token_hash = null
                where id = ? and (resident_id is null or resident_id = ?)""", residentId, residentName, workplaceId, residentId) == 1;
    }

    public List<Workplace> ofResident(long residentId) {
        return jdbc.query("select * from tillarbetslivet.workplace where resident_id = ? order by name", WORKPLACE, residentId);
    }

    private static final String SUPERVISED = """
            select pl.id, pl.organisation_id, pu.name as pupil_name, pu.class_name, pe.name as period_name, pe.kind, pe.starts_on, pe.ends_on,
                   p.code, p.workplace
            from tillarbetslivet.placement pl
            join tillarbetslivet.place p on p.id = pl.place_id and p.organisation_id = pl.organisation_id
            join tillarbetslivet.workplace w on w.id = p.workplace_id and w.organisation_id = pl.organisation_id
            join tillarbetslivet.pupil pu on pu.id = pl.pupil_id
            join tillarbetslivet.period pe on pe.id = pl.period_id
            where w.resident_id = ?
            """;
    private static final RowMapper<SupervisedPlacement> SUPERVISED_ROW = (rs, i) -> new SupervisedPlacement(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getString("pupil_name"), rs.getString("class_name"), rs.getString("period_name"),
            rs.getString("kind"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("code"),
            rs.getString("workplace"));

    /** The placements at the places of the resident's workplaces. */
    public List<SupervisedPlacement> placementsOf(long residentId) {
        return jdbc.query(SUPERVISED + " order by pe.starts_on, pu.name", SUPERVISED_ROW, residentId);
    }

    /** One placement, only when it is at a place of the resident's workplaces. */
    public Optional<SupervisedPlacement> placementOf(long residentId, long placementId) {
        return jdbc.query(SUPERVISED + " and pl.id = ?", SUPERVISED_ROW, residentId, placementId).stream().findFirst();
    }

    /** A random link token (24 bytes, URL-safe Base64); the invitations' and the pupils' own places' links. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a link token, the only form in which it is stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
