package se.sambruk.tillarbetslivet.workplace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a workplace offers in the e-service. An offer is saved whole (a draft), confirmed with the
 * supervisor's signature (then {@code SIGNED}, and the coordinator sees it), and approved by the
 * coordinator into the place bank (a place with the workplace bound to it) or rejected with a
 * reason. The resident's queries go through {@code workplace.resident_id}; the coordinator's
 * through the organisation.
 */
@Repository
public class Offers {

    /** The signing's service code and the offer's document reference. */
    public static final String SERVICE = "tillarbetslivet";

    public enum Status { DRAFT, SIGNED, APPROVED, REJECTED, WITHDRAWN, REPLACED }

    /** What became of a workplace's withdrawal. */
    public enum Withdrawal { WITHDRAWN, PUPILS_PLACED, NOT_WITHDRAWABLE }

    /** What the workplace writes about the place it offers. */
    public record Details(String trade, String description, String address, String area, int seats, LocalDate startsOn, LocalDate endsOn,
                          int minAge, int maxAge, String supervisor, String supervisorEmail) {
    }

    public record Offer(long id, long organisationId, long workplaceId, String workplaceName, String orgNumber, Details details, Status status,
                        Instant createdAt, Instant signedAt, String decidedBy, Instant decidedAt, String decisionNote, Long placeId,
                        Long replacesOfferId) {

        /** Whether the workplace may change it as a new version: signed, or approved into a place. */
        public boolean changeable() {
            return status == Status.SIGNED || status == Status.APPROVED;
        }

        public static String documentRef(long id) {
            return "erbjudande/" + id;
        }

        /** What the supervisor signs: the offer's fields in a fixed order, one a line. */
        public byte[] document() {
            return String.join("\n", "Tillarbetslivet, erbjudande " + id, workplaceName, orgNumber, details.trade(), details.description(),
                    details.address(), details.area(), String.valueOf(details.seats()), details.startsOn().toString(), details.endsOn().toString(),
                    details.minAge() + "-" + details.maxAge(), details.supervisor(), details.supervisorEmail()).getBytes(StandardCharsets.UTF_8);
        }

        /** The summary the signing page shows. */
        public String summary() {
            return workplaceName + " (" + orgNumber + ") erbjuder " + details.seats() + " " + (details.seats() == 1 ? "plats" : "platser")
                    + " inom " + details.trade() + ", " + details.startsOn() + " – " + details.endsOn() + ", " + details.address()
                    + ", handledare " + details.supervisor() + ".";
        }
    }

    private static final String SELECT = """
            select o.*, w.name as workplace_name, w.org_number from tillarbetslivet.place_offer o
            join tillarbetslivet.workplace w on w.id = o.workplace_id and w.organisation_id = o.organisation_id
            """;
    private static final RowMapper<Offer> OFFER = (rs, i) -> new Offer(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("workplace_id"),
            rs.getString("workplace_name"), rs.getString("org_number"),
            new Details(rs.getString("trade"), rs.getString("description"), rs.getString("address"), rs.getString("area"), rs.getInt("seats"),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("min_age"), rs.getInt("max_age"),
                    rs.getString("supervisor"), rs.getString("supervisor_email")),
            Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toInstant(), rs.getString("decided_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getString("decision_note"),
            (Long) rs.getObject("place_id"), (Long) rs.getObject("replaces_offer_id"));

    private final JdbcTemplate jdbc;
    private final se.sambruk.tillarbetslivet.season.PlaceEdits placeEdits;

    Offers(JdbcTemplate jdbc, se.sambruk.tillarbetslivet.season.PlaceEdits placeEdits) {
        this.jdbc = jdbc;
        this.placeEdits = placeEdits;
    }

    /** A draft offer of the workplace, which must be the resident's. */
    public long draft(Workplaces.Workplace workplace, long residentId, Details d) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.place_offer (organisation_id, workplace_id, trade, description, address, area, seats, starts_on, ends_on,
                                                         min_age, max_age, supervisor, supervisor_email, created_by)
                select w.organisation_id, w.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from tillarbetslivet.workplace w where w.id = ? and w.resident_id = ?
                returning id""", Long.class, d.trade(), d.description(), d.address(), d.area(), d.seats(), d.startsOn(), d.endsOn(), d.minAge(),
                d.maxAge(), d.supervisor(), d.supervisorEmail(), residentId, workplace.id(), residentId);
    }

    /** An offer of one of the resident's workplaces. */
    public Optional<Offer> ofResident(long residentId, long offerId) {
        return jdbc.query(SELECT + " where w.resident_id = ? and o.id = ?", OFFER, residentId, offerId).stream().findFirst();
    }

    /** Every offer of the resident's workplaces, newest first. */
    public List<Offer> ofResident(long residentId) {
        return jdbc.query(SELECT + " where w.resident_id = ? order by o.created_at desc, o.id desc", OFFER, residentId);
    }

    /** Marks a draft signed (its signature was checked by the caller); true when it changed. */
    public boolean markSigned(long residentId, long offerId) {
        return jdbc.update("""
                update tillarbetslivet.place_offer o set status = 'SIGNED', signed_at = now()
                from tillarbetslivet.workplace w where w.id = o.workplace_id and w.resident_id = ? and o.id = ? and o.status = 'DRAFT'""",
                residentId, offerId) == 1;
    }

    /** A draft the workplace discards. */
    public boolean discard(long residentId, long offerId) {
        return jdbc.update("""
                delete from tillarbetslivet.place_offer o using tillarbetslivet.workplace w
                where w.id = o.workplace_id and w.resident_id = ? and o.id = ? and o.status = 'DRAFT'""", residentId, offerId) == 1;
    }

    /** The organisation's offers in the given states, oldest signed first. */
    public List<Offer> ofOrganisation(long org, Status... statuses) {
        List<String> names = java.util.Arrays.stream(statuses).map(Enum::name).toList();
        return jdbc.query(SELECT + " where o.organisation_id = ? and o.status = any (?) order by o.signed_at nulls last, o.id", OFFER, org,
                names.toArray(String[]::new));
    }

    public Optional<Offer> ofOrganisation(long org, long offerId) {
        return jdbc.query(SELECT + " where o.organisation_id = ? and o.id = ?", OFFER, org, offerId).stream().findFirst();
    }

    /**
     * Approves a signed offer into the place bank: a place with the code, the offer's details and the
     * workplace bound to it, and the offer pointing at it, in one transaction. Empty when the offer is
     * not signed (any more); the caller checks the code is free.
     */
    @Transactional
    public Optional<Long> approve(long org, long offerId, String code, String by) {
        Offer offer = jdbc.query(SELECT + " where o.organisation_id = ? and o.id = ? and o.status = 'SIGNED' for update of o", OFFER, org, offerId)
                .stream().findFirst().orElse(null);
        if (offer == null) {
            return Optional.empty();
        }
        Details d = offer.details();
        long placeId = jdbc.queryForObject("""
                insert into tillarbetslivet.place (organisation_id, code, workplace, trade, address, seats, starts_on, ends_on, min_age, max_age,
                                                   supervisor, supervisor_email, area, workplace_id, description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, org, code, offer.workplaceName(), d.trade(),
                d.address(), d.seats(), d.startsOn(), d.endsOn(), d.minAge(), d.maxAge(), d.supervisor(), d.supervisorEmail(), d.area(),
                offer.workplaceId(), d.description());
        jdbc.update("""
                update tillarbetslivet.place_offer set status = 'APPROVED', place_id = ?, decided_by = ?, decided_at = now()
                where organisation_id = ? and id = ?""", placeId, by, org, offerId);
        if (offer.replacesOfferId() != null) {
            // a new version of an offer still awaiting the decision: the old one is replaced by this approval
            jdbc.update("update tillarbetslivet.place_offer set status = 'REPLACED' where organisation_id = ? and id = ? and status = 'SIGNED'",
                    org, offer.replacesOfferId());
        }
        return Optional.of(placeId);
    }

    /**
     * s10-tal: a new version of a signed or approved offer, as a draft the workplace signs again. Empty
     * when the offer is not the resident's, cannot change, or already has a version awaiting signing or
     * the decision (the caller shows that one).
     */
    @Transactional
    public Optional<Long> newVersion(long residentId, long offerId, Details d) {
        Offer offer = jdbc.query(SELECT + " where w.resident_id = ? and o.id = ? for update of o", OFFER, residentId, offerId).stream()
                .findFirst().orElse(null);
        if (offer == null || !offer.changeable() || pendingVersion(offerId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("""
                insert into tillarbetslivet.place_offer (organisation_id, workplace_id, trade, description, address, area, seats, starts_on, ends_on,
                                                         min_age, max_age, supervisor, supervisor_email, created_by, replaces_offer_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, offer.organisationId(), offer.workplaceId(),
                d.trade(), d.description(), d.address(), d.area(), d.seats(), d.startsOn(), d.endsOn(), d.minAge(), d.maxAge(), d.supervisor(),
                d.supervisorEmail(), residentId, offerId));
    }

    /** The offer's new version awaiting signing or the decision, if any. */
    public Optional<Offer> pendingVersion(long offerId) {
        return jdbc.query(SELECT + " where o.replaces_offer_id = ? and o.status in ('DRAFT', 'SIGNED')", OFFER, offerId).stream().findFirst();
    }

    /** What approving a new version of an approved offer did: the place changed, or the rules it broke (nothing changed). */
    public record VersionApproval(Long placeId, java.util.Map<String, se.sambruk.tillarbetslivet.season.PlaceChange.Broken> broken) {
    }

    /**
     * s10-tal: approves a signed new version of an approved offer: its place takes the new details (the
     * pupils' choices and placements stay with it) if the change keeps to {@code PlaceChange}'s rules,
     * the new version is approved onto the same place and the old one is replaced, in one transaction
     * with the place locked. Empty when the offer is no such version (signed, of an approved offer
     * with a place that is not withdrawn).
     */
    @Transactional
    public Optional<VersionApproval> approveVersion(long org, long offerId, String by) {
        Offer offer = jdbc.query(SELECT + " where o.organisation_id = ? and o.id = ? and o.status = 'SIGNED' for update of o", OFFER, org, offerId)
                .stream().findFirst().orElse(null);
        Offer old = offer == null || offer.replacesOfferId() == null ? null
                : jdbc.query(SELECT + " where o.organisation_id = ? and o.id = ? and o.status = 'APPROVED' for update of o", OFFER, org,
                        offer.replacesOfferId()).stream().findFirst().orElse(null);
        if (old == null || old.placeId() == null) {
            return Optional.empty();
        }
        Details d = offer.details();
        var change = new se.sambruk.tillarbetslivet.season.PlaceChange.Change(d.seats(), d.startsOn(), d.endsOn(), d.minAge(), d.maxAge());
        var terms = placeEdits.lock(org, old.placeId()).orElse(null);
        if (terms == null || terms.withdrawn()) {
            return Optional.empty();
        }
        var broken = se.sambruk.tillarbetslivet.season.PlaceChange.check(change, placeEdits.placed(org, old.placeId()));
        if (!broken.isEmpty()) {
            return Optional.of(new VersionApproval(null, broken));
        }
        jdbc.update("""
                update tillarbetslivet.place set trade = ?, description = ?, address = ?, area = ?, seats = ?, starts_on = ?, ends_on = ?,
                       min_age = ?, max_age = ?, supervisor = ?, supervisor_email = ?
                where organisation_id = ? and id = ?""", d.trade(), d.description(), d.address(), d.area(), d.seats(), d.startsOn(), d.endsOn(),
                d.minAge(), d.maxAge(), d.supervisor(), d.supervisorEmail(), org, old.placeId());
        jdbc.update("""
                update tillarbetslivet.place_offer set status = 'APPROVED', place_id = ?, decided_by = ?, decided_at = now()
                where organisation_id = ? and id = ?""", old.placeId(), by, org, offerId);
        jdbc.update("update tillarbetslivet.place_offer set status = 'REPLACED', place_id = null where organisation_id = ? and id = ?", org, old.id());
        return Optional.of(new VersionApproval(old.placeId(), java.util.Map.of()));
    }

    public boolean reject(long org, long offerId, String reason, String by) {
        return jdbc.update("""
                update tillarbetslivet.place_offer set status = 'REJECTED', decision_note = ?, decided_by = ?, decided_at = now()
                where organisation_id = ? and id = ? and status = 'SIGNED'""", reason, by, org, offerId) == 1;
    }

    /**
     * The workplace withdraws a signed offer. One awaiting the coordinator's decision is withdrawn; an
     * approved one's place is withdrawn with it (no seats, so no allocation or placement takes it, and
     * the public list leaves it out), unless a pupil is placed there: then nothing changes. A draft is
     * discarded instead, and a rejected or withdrawn offer cannot be withdrawn.
     */
    @Transactional
    public Withdrawal withdraw(long residentId, long offerId) {
        Offer offer = jdbc.query(SELECT + " where w.resident_id = ? and o.id = ? for update of o", OFFER, residentId, offerId).stream()
                .findFirst().orElse(null);
        if (offer == null || (offer.status() != Status.SIGNED && offer.status() != Status.APPROVED)) {
            return Withdrawal.NOT_WITHDRAWABLE;
        }
        if (offer.placeId() != null) {
            Integer placed = jdbc.queryForObject("select count(*) from tillarbetslivet.placement where place_id = ?", Integer.class, offer.placeId());
            if (placed != null && placed > 0) {
                return Withdrawal.PUPILS_PLACED;
            }
            jdbc.update("update tillarbetslivet.place set seats = 0, withdrawn_at = now() where id = ? and organisation_id = ?", offer.placeId(),
                    offer.organisationId());
        }
        jdbc.update("update tillarbetslivet.place_offer set status = 'WITHDRAWN', withdrawn_at = now() where id = ?", offerId);
        return Withdrawal.WITHDRAWN;
    }
}
