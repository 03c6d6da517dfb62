package se.sambruk.sweeps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.core.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An organisation's administrator reaches its own records only. The sweep finds the handlers of the
 * organisation pages ({@code /org/**}): those that take the id of a record get the id of another
 * organisation's record and must answer 403 or 404, show none of it and change nothing; the others
 * must not show the other organisation's records. A new organisation page is swept once its record
 * kind is in {@link #malmoRecords()}; until then the sweep fails and says so.
 */
class OrganisationIsolationSweepTests extends SweepTest {

    private static final String MALMO_USER = "sweep.isolation.malmo";

    /** A record of Malmö's for each kind of record the organisation pages take an id of, and the table it lives in. */
    private record OrgRecord(long id, String table) {
    }

    private Map<String, OrgRecord> malmoRecords() {
        return Map.of("users", new OrgRecord(sweepUser(MALMO_USER, "Malmö", Roles.ORG_ADMIN), "core.app_user"),
                "contacts", new OrgRecord(malmoRecord("membership.contact", """
                        insert into membership.contact (organisation_id, area, name, email, consent)
                        values (?, 'SCHOOL', '%s', 'sweep@malmo.example', true) returning id
                        """.formatted(MALMO_USER)), "membership.contact"),
                "orders", new OrgRecord(malmoRecord("membership.service_order", """
                        insert into membership.service_order (organisation_id, service_code, status, note, ordered_by)
                        values (?, 'uka', 'REJECTED', '%s', 'malmo') returning id
                        """.formatted(MALMO_USER)), "membership.service_order"));
    }

    /** A record of Malmö's made for the sweep (its text names the sweep's Malmö user), created on first use. */
    private long malmoRecord(String table, String insert) {
        synchronized (SweepTest.class) {
            long malmo = organisationId("Malmö");
            String column = table.equals("membership.contact") ? "name" : "note";
            return jdbc.queryForList("select id from " + table + " where organisation_id = ? and " + column + " = ?", Long.class, malmo, MALMO_USER)
                    .stream().findFirst().orElseGet(() -> jdbc.queryForObject(insert, Long.class, malmo));
        }
    }

    @Test
    void anotherOrganisationsAdministratorGetsNeitherDataNorChanges() throws Exception {
        Map<String, OrgRecord> records = malmoRecords();
        // entries of Malmö's own in its audit log: its user signs in and reads its own record
        Outcome own = perform("Malmö reads its own user", user(MALMO_USER).sign().apply(get("/org/users/" + records.get("users").id())));
        assertThat(own.status()).as(own.describe()).isEqualTo(200);
        assertThat(own.body()).as("Malmö sees its own record").contains(MALMO_USER);
        Caller kiruna = user("kiruna");

        List<Endpoint> organisationPages = endpoints().stream().filter(endpoint -> endpoint.pattern().startsWith("/org/")).toList();
        assertThat(organisationPages).as("organisation pages").isNotEmpty();
        Findings findings = new Findings();
        for (Endpoint endpoint : organisationPages) {
            List<OrgRecord> targets = endpoint.pathVariables().stream().map(variable -> {
                assertThat(records).as("a Malmö record for %s: add its kind to malmoRecords()", endpoint)
                        .containsKey(endpoint.collectionOf(variable));
                return records.get(endpoint.collectionOf(variable));
            }).toList();
            List<Map<String, Object>> before = targets.stream().map(this::row).toList();
            String path = endpoint.path(variable -> String.valueOf(records.get(endpoint.collectionOf(variable)).id()));
            Outcome outcome = perform(endpoint + " as " + path, kiruna.sign().apply(requestTo(endpoint, path)));
            findings.check(outcome.status() < 500, outcome, "server error");
            findings.check(!outcome.body().contains(MALMO_USER), outcome, "shows Malmö's record to Kiruna");
            if (!targets.isEmpty()) {
                findings.check(outcome.status() == 403 || outcome.status() == 404, outcome, "expected 403 or 404 for another organisation's record");
                findings.check(targets.stream().map(this::row).toList().equals(before), outcome, "changed Malmö's record");
            }
        }
        findings.assertNone("organisation isolation sweep");
    }

    private Map<String, Object> row(OrgRecord record) {
        return jdbc.queryForMap("select * from " + record.table() + " where id = ?", record.id());
    }
}
