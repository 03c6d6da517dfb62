package se.sambruk.sweeps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.core.security.PublicEndpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents and staff are kept apart on every handler Spring MVC maps, so a service's resident
 * pages are covered as soon as they exist: a resident signed in with e-legitimation is anonymous
 * to every page outside /e-tjanster that is not public (sent to the staff login; the API and
 * operations answer 401), and staff sessions are refused every resident page that is not public (403).
 * Residents are kept apart from each other too: every resident page that takes a record's id,
 * given the id of a record that is someone else's, answers 404 and changes nothing. A new kind
 * of record needs one line in {@link #othersRecords}; until then the sweep fails and says so.
 */
class ResidentSeparationSweepTests extends SweepTest {

    @Test
    void residentsReachOnlyResidentPagesAndStaffNone() throws Exception {
        Map<String, Long> ids = recordIds();
        Caller resident = resident();
        List<Caller> staff = List.of(user("admin"), user("malmo"), user("ale"));
        Findings findings = new Findings();
        int residentPages = 0;
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.path(plausible(endpoint, ids));
            if (PublicEndpoints.isPublic(endpoint.method(), path) || endpoint.pattern().equals(ERROR_PAGE)) {
                continue;
            }
            if (endpoint.isResidentPage()) {
                residentPages++;
                for (Caller caller : staff) {
                    Outcome outcome = perform(endpoint + " " + path + " as " + caller.name(), caller.sign().apply(requestTo(endpoint, path)));
                    findings.check(outcome.status() == 403, outcome, "a staff session must be refused the residents' pages");
                }
            } else {
                Outcome outcome = perform(endpoint + " " + path + " as resident", resident.sign().apply(requestTo(endpoint, path)));
                if (endpoint.isApi() || endpoint.isOperations()) {
                    findings.check(outcome.status() == 401, outcome, "a resident must get 401 from the API and operations");
                } else {
                    findings.check(outcome.status() == 302 && outcome.response().getRedirectedUrl() != null
                            && outcome.response().getRedirectedUrl().endsWith("/login"), outcome,
                            "a resident must be anonymous to the staff pages (sent to /login)");
                }
            }
        }
        assertThat(residentPages).as("resident pages swept").isPositive();
        findings.assertNone("resident separation sweep");
    }

    /** Path variables that are not a record's id: one-time capabilities, checked against the session or a hash, and step names. */
    private static final Map<String, String> NOT_RECORDS = Map.of(
            "signera", "a pending signature's token, kept in the resident's own session",
            "inbjudan", "an invitation's one-time token (only its hash is stored)",
            "egen-plats", "the one-time token of a pupil's own place's link to the workplace (only its hash is stored)",
            "steg", "the name of a step of the resident's own application");

    /** A record of a resident's that is not the sweep's resident's, and the table it lives in. */
    private record ResidentRecord(long id, String table) {
    }

    /** The text that marks the records the sweep makes for another resident. */
    private static final String MARKER = "sweep.resident.isolation";
    /** The other resident whose records the sweep's resident must not reach (Anna Testsson). */
    private static final String OTHER_RESIDENT = "198507099805";

    /**
     * For each kind of record the resident pages take an id of (by the path segment before it):
     * someone else's record, taken from the demo data where it has one and made for the sweep
     * (marked {@link #MARKER}, owned by {@link #OTHER_RESIDENT}) where it has none.
     */
    private Map<String, ResidentRecord> othersRecords() {
        synchronized (SweepTest.class) {
            long self = jdbc.queryForObject("select id from core.resident where personal_identity_number = ?", Long.class, SWEEP_RESIDENT);
            jdbc.update("""
                    insert into core.resident (personal_identity_number, given_name, surname) values (?, 'Anna', 'Testsson')
                    on conflict (personal_identity_number) do nothing""", OTHER_RESIDENT);
            long other = jdbc.queryForObject("select id from core.resident where personal_identity_number = ?", Long.class, OTHER_RESIDENT);
            long borlange = organisationId("Borlänge");
            long gagnef = organisationId("Gagnef");
            Map<String, ResidentRecord> records = new java.util.HashMap<>();
            // UKA and Provisum: the sweep's resident is no young person and nobody's guardian
            existing(records, "uka", "uka.young_person", "select min(id) from uka.young_person where ? > 0", self);
            existing(records, "huvudman", "provisum.principal", "select min(id) from provisum.principal where ? > 0", self);
            existing(records, "forteckningar", "provisum.case_file", "select min(id) from provisum.case_file where ? > 0", self);
            existing(records, "arsrakningar", "provisum.annual_account", "select min(id) from provisum.annual_account where ? > 0", self);
            existing(records, "samtycken", "provisum.consent_request", "select min(id) from provisum.consent_request where ? > 0", self);
            existing(records, "konton", "provisum.book_account", "select min(id) from provisum.book_account where ? > 0", self);
            existing(records, "poster", "provisum.book_entry", "select min(id) from provisum.book_entry where ? > 0", self);
            existing(records, "placeringar", "tillarbetslivet.placement", """
                    select min(pl.id) from tillarbetslivet.placement pl join tillarbetslivet.place p on p.id = pl.place_id
                     where not exists (select 1 from tillarbetslivet.workplace w where w.id = p.workplace_id and w.resident_id = ?)""", self);
            records.put("beslut", new ResidentRecord(once("provisum.decision", "title", """
                    insert into provisum.decision (case_id, kind, title, reasons, decided_on, decided_by)
                    values ((select min(id) from provisum.case_file), 'REVIEW', ?, 'Svep', current_date, 'svep') returning id"""), "provisum.decision"));
            if (records.containsKey("huvudman")) {
                long principal = records.get("huvudman").id();
                long municipality = jdbc.queryForObject("select municipality_id from provisum.principal where id = ?", Long.class, principal);
                records.put("bilagor", new ResidentRecord(once("core.attachment", "file_name", """
                        insert into core.attachment (organisation_id, owner_service, owner_ref, file_name, content_type, size_bytes, sha256, content)
                        values (%d, 'provisum', 'bookkeeping:%d:entry:0', ?, 'PDF', 4, encode(sha256('\\x25504446'::bytea), 'hex'), '\\x25504446'::bytea)
                        returning id""".formatted(municipality, principal)), "core.attachment"));
            }
            records.put("ansokan", new ResidentRecord(once("multifraga.application", "applicant_name", """
                    insert into multifraga.application (organisation_id, resident_id, applicant_name, applicant_masked, applicant_sealed, month,
                        income_salary, income_benefits, income_other, cost_rent, cost_electricity, cost_home_insurance, cost_other, account)
                    values (%d, %d, ?, '19850709-****', 'inte öppningsbar', date_trunc('month', current_date), 0, 0, 0, 5000, 300, 100, 0, '1234-5678')
                    returning id""".formatted(borlange, other)), "multifraga.application"));
            long workplace = once("tillarbetslivet.workplace", "name", """
                    insert into tillarbetslivet.workplace (organisation_id, name, email, invited_by, resident_id, resident_name, joined_at)
                    values (%d, ?, 'svep@example.se', 'svep', %d, 'Anna Testsson', now()) returning id""".formatted(gagnef, other));
            records.put("arbetsplatser", new ResidentRecord(workplace, "tillarbetslivet.workplace"));
            records.put("erbjudanden", new ResidentRecord(once("tillarbetslivet.place_offer", "trade", """
                    insert into tillarbetslivet.place_offer (organisation_id, workplace_id, trade, address, area, seats, starts_on, ends_on,
                        min_age, max_age, supervisor, supervisor_email, created_by)
                    values (%d, %d, ?, 'Svepvägen 1', 'Centrum', 1, current_date + 30, current_date + 40, 13, 16, 'Anna Testsson',
                        'svep@example.se', %d) returning id""".formatted(gagnef, workplace, other)), "tillarbetslivet.place_offer"));
            records.put("egna-platser", new ResidentRecord(once("tillarbetslivet.found_place", "workplace", """
                    insert into tillarbetslivet.found_place (organisation_id, pupil_id, period_id, workplace, org_number, address, contact_name,
                        contact_email, starts_on, ends_on, contact_resident_id, contact_resident_name)
                    values (%d, (select min(id) from tillarbetslivet.pupil where organisation_id = %d),
                        (select min(id) from tillarbetslivet.period where organisation_id = %d), ?, '556036-0793', 'Svepvägen 1', 'Anna Testsson',
                        'svep@example.se', date '2027-03-08', date '2027-03-12', %d, 'Anna Testsson') returning id"""
                    .formatted(borlange, borlange, borlange, other)), "tillarbetslivet.found_place"));
            return records;
        }
    }

    private void existing(Map<String, ResidentRecord> records, String kind, String table, String query, long self) {
        Long id = jdbc.queryForObject(query, Long.class, self);
        if (id != null) {
            records.put(kind, new ResidentRecord(id, table));
        }
    }

    /** The sweep's record in the table (its column holds {@link #MARKER}), made by the insert (with the marker as its one parameter) on first use. */
    private long once(String table, String column, String insert) {
        return jdbc.queryForList("select id from " + table + " where " + column + " = ?", Long.class, MARKER).stream().findFirst()
                .orElseGet(() -> jdbc.queryForObject(insert, Long.class, MARKER));
    }

    @Test
    void aResidentReachesNoOtherResidentsRecords() throws Exception {
        Caller resident = resident();
        Map<String, ResidentRecord> records = othersRecords();
        Findings findings = new Findings();
        int swept = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.isResidentPage() || endpoint.pathVariables().isEmpty()
                    || PublicEndpoints.isPublic(endpoint.method(), endpoint.path(variable -> "1"))) {
                continue;
            }
            List<String> kinds = endpoint.pathVariables().stream().map(endpoint::collectionOf).filter(kind -> !NOT_RECORDS.containsKey(kind)).toList();
            if (kinds.isEmpty()) {
                continue;
            }
            for (String kind : kinds) {
                findings.check(records.containsKey(kind), endpoint.toString(),
                        "no record of another resident's for '" + kind + "': add its kind to othersRecords()");
            }
            if (!records.keySet().containsAll(kinds)) {
                continue;
            }
            swept++;
            List<ResidentRecord> targets = kinds.stream().map(records::get).toList();
            List<String> before = targets.stream().map(this::row).toList();
            String path = endpoint.path(variable -> NOT_RECORDS.containsKey(endpoint.collectionOf(variable)) ? "start"
                    : String.valueOf(records.get(endpoint.collectionOf(variable)).id()));
            Outcome outcome = perform(endpoint + " as " + path, resident.sign().apply(requestTo(endpoint, path)));
            findings.check(outcome.status() == 404, outcome, "expected 404 for another resident's record");
            findings.check(targets.stream().map(this::row).toList().equals(before), outcome, "changed another resident's record");
        }
        System.out.printf("Resident isolation sweep: %d resident pages with a record's id%n", swept);
        assertThat(swept).as("resident pages with a record's id swept").isGreaterThanOrEqualTo(20);
        findings.assertNone("resident isolation sweep");
    }

    /** The record's row as JSON text (comparable, bytea included). */
    private String row(ResidentRecord record) {
        return jdbc.queryForObject("select to_jsonb(t)::text from " + record.table() + " t where t.id = ?", String.class, record.id());
    }
}
