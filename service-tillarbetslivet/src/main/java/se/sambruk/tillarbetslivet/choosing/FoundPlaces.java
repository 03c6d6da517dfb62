package se.sambruk.tillarbetslivet.choosing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.season.Placements;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * Places pupils found themselves: registered by the pupil, answered by the workplace's contact
 * person (who joins by the e-mailed link's token, kept only as its SHA-256), decided by the
 * coordinator. Reads are scoped by the organisation, the pupil or the contact person.
 */
@Repository
public class FoundPlaces {

    /** The signing's service and the confirmed document's reference. */
    public static final String SERVICE = "tillarbetslivet";
    /** How long the contact person's link is valid. */
    public static final int LINK_DAYS = 30;

    public enum Status { SENT, CONFIRMED, DECLINED, APPROVED, REJECTED }

    public record Details(String workplace, String orgNumber, String address, String contactName, String contactEmail, LocalDate startsOn,
                          LocalDate endsOn) {
    }

    public record FoundPlace(long id, long organisationId, long pupilId, String pupilName, String className, String schoolName, long periodId,
                             String periodName, Details details, Status status, Instant sentAt, String contactResidentName, Instant answeredAt,
                             String declineReason, String decisionNote, Long placementId) {

        public static String documentRef(long id) {
            return "egen-plats/" + id;
        }

        /** What the contact person signs: the request's fields in a fixed order. */
        public byte[] document() {
            return String.join("\n", "Egen plats " + id, "Elev: " + pupilName + ", " + className + ", " + schoolName, "Period: " + periodName,
                    "Arbetsplats: " + details.workplace() + " (" + details.orgNumber() + ")", "Adress: " + details.address(),
                    "Kontaktperson: " + details.contactName() + " <" + details.contactEmail() + ">",
                    "Datum: " + details.startsOn() + " – " + details.endsOn()).getBytes(StandardCharsets.UTF_8);
        }

        public String summary() {
            return "Vi tar emot " + pupilName + " (" + schoolName + ") på " + details.workplace() + " " + details.startsOn() + " – "
                    + details.endsOn() + ".";
        }
    }

    private static final String SELECT = """
            select f.*, p.name as pupil_name, p.class_name, s.name as school_name, pe.name as period_name
            from tillarbetslivet.found_place f join tillarbetslivet.pupil p on p.id = f.pupil_id
            join tillarbetslivet.school s on s.id = p.school_id join tillarbetslivet.period pe on pe.id = f.period_id
            """;
    private static final RowMapper<FoundPlace> ROW = (rs, i) -> new FoundPlace(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getLong("pupil_id"), rs.getString("pupil_name"), rs.getString("class_name"), rs.getString("school_name"), rs.getLong("period_id"),
            rs.getString("period_name"), new Details(rs.getString("workplace"), rs.getString("org_number"), rs.getString("address"),
            rs.getString("contact_name"), rs.getString("contact_email"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class)), Status.valueOf(rs.getString("status")), rs.getTimestamp("sent_at").toInstant(),
            rs.getString("contact_resident_name"), rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
            rs.getString("decline_reason"), rs.getString("decision_note"), (Long) rs.getObject("placement_id"));

    private final JdbcTemplate jdbc;
    private final Placements placements;
    private final PlacementRecords records;

    FoundPlaces(JdbcTemplate jdbc, Placements placements, PlacementRecords records) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.records = records;
    }

    /** Registers the pupil's place and answers the token of the contact person's link (only its hash is stored). */
    public String register(long org, long pupilId, long periodId, Details details) {
        String token = Workplaces.newToken();
        jdbc.update("""
                insert into tillarbetslivet.found_place (organisation_id, pupil_id, period_id, workplace, org_number, address, contact_name,
                                                         contact_email, starts_on, ends_on, token_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", org, pupilId, periodId, details.workplace(), details.orgNumber(), details.address(),
                details.contactName(), details.contactEmail(), details.startsOn(), details.endsOn(), Workplaces.hash(token));
        return token;
    }

    public List<FoundPlace> ofPupil(long org, long pupilId) {
        return jdbc.query(SELECT + " where f.organisation_id = ? and f.pupil_id = ? order by f.id desc", ROW, org, pupilId);
    }

    public List<FoundPlace> ofOrganisation(long org) {
        return jdbc.query(SELECT + " where f.organisation_id = ? order by f.status <> 'CONFIRMED', f.id desc", ROW, org);
    }

    public Optional<FoundPlace> ofOrganisation(long org, long id) {
        return jdbc.query(SELECT + " where f.organisation_id = ? and f.id = ?", ROW, org, id).stream().findFirst();
    }

    /** The request of an unused, unexpired link. */
    public Optional<FoundPlace> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + " where f.token_hash = ? and f.status = 'SENT' and f.sent_at > now() - make_interval(days => ?)", ROW,
                Workplaces.hash(token), LINK_DAYS).stream().findFirst();
    }

    /** The contact person takes the request by the link; the link is used up. False when it was taken meanwhile. */
    public boolean take(long id, long residentId, String residentName) {
        return jdbc.update("""
                update tillarbetslivet.found_place set contact_resident_id = ?, contact_resident_name = ?, token_hash = null
                where id = ? and token_hash is not null and contact_resident_id is null""", residentId, residentName, id) == 1;
    }

    public Optional<FoundPlace> ofContact(long residentId, long id) {
        return jdbc.query(SELECT + " where f.contact_resident_id = ? and f.id = ?", ROW, residentId, id).stream().findFirst();
    }

    public List<FoundPlace> ofContact(long residentId) {
        return jdbc.query(SELECT + " where f.contact_resident_id = ? order by f.id desc", ROW, residentId);
    }

    public boolean confirm(long residentId, long id) {
        return jdbc.update("""
                update tillarbetslivet.found_place set status = 'CONFIRMED', answered_at = now()
                where contact_resident_id = ? and id = ? and status = 'SENT'""", residentId, id) == 1;
    }

    public boolean decline(long residentId, long id, String reason) {
        return jdbc.update("""
                update tillarbetslivet.found_place set status = 'DECLINED', answered_at = now(), decline_reason = ?
                where contact_resident_id = ? and id = ? and status = 'SENT'""", reason, residentId, id) == 1;
    }

    /**
     * Approves a confirmed request: a place of one seat with the request's details (code {@code EGEN-<id>}) and the pupil's
     * placement in the period, in one transaction. Empty when the request is no longer confirmed or the pupil is already placed
     * in the period.
     */
    @Transactional
    public Optional<Long> approve(long org, long id, String by) {
        FoundPlace found = jdbc.query(SELECT + " where f.organisation_id = ? and f.id = ? and f.status = 'CONFIRMED' for update of f", ROW, org, id)
                .stream().findFirst().orElse(null);
        if (found == null || records.placed(org, found.pupilId(), found.periodId())) {
            return Optional.empty();
        }
        Details d = found.details();
        long place = placements.addPlace(org, new Placements.Place(0, "EGEN-" + id, d.workplace(), "Egen plats", d.address(), 1, d.startsOn(),
                d.endsOn(), 13, d.contactName(), d.contactEmail()));
        long placement = records.addPlacement(org, found.pupilId(), found.periodId(), place, by);
        jdbc.update("""
                update tillarbetslivet.found_place set status = 'APPROVED', placement_id = ?, decided_by = ?, decided_at = now()
                where organisation_id = ? and id = ?""", placement, by, org, id);
        return Optional.of(placement);
    }

    /** Rejects a confirmed request with the coordinator's reason; false when it is no longer confirmed. */
    public boolean reject(long org, long id, String note, String by) {
        return jdbc.update("""
                update tillarbetslivet.found_place set status = 'REJECTED', decision_note = ?, decided_by = ?, decided_at = now()
                where organisation_id = ? and id = ? and status = 'CONFIRMED'""", note, by, org, id) == 1;
    }

    /** The pupils whose own place is approved: the allocation leaves them out. */
    public List<Long> pupilsWithApprovedPlace(long org) {
        return jdbc.queryForList("select distinct pupil_id from tillarbetslivet.found_place where organisation_id = ? and status = 'APPROVED'",
                Long.class, org);
    }

    /** The places made from approved requests (one pupil's own place each): not in the bank or the allocation. */
    public List<Long> approvedPlaceIds(long org) {
        return jdbc.queryForList("""
                select pl.place_id from tillarbetslivet.found_place f join tillarbetslivet.placement pl on pl.id = f.placement_id
                where f.organisation_id = ? and f.status = 'APPROVED'""", Long.class, org);
    }
}
