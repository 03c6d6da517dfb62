package se.sambruk.uka;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.retention.Retention;
import se.sambruk.core.retention.RetentionRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gallring through the core's retention: a person whose coverage ended longer ago than the period is
 * shown in the preview, then anonymised with the free texts around them; periods and actions stay for
 * the statistics; a person still covered and one who left recently are untouched.
 */
class UkaRetentionTests extends PlatformTest {

    @Autowired
    Retention retention;
    @Autowired
    se.sambruk.core.documents.Attachments attachments;

    long person(long org, String name, boolean covered, String changedOn, String end) {
        String pnr = "2004" + String.format("%02d", 1 + (int) (Math.random() * 12)) + "15" + String.format("%03d", (int) (Math.random() * 1000));
        pnr = pnr + UkaPagesTests.check(pnr);
        long id = jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name, phone, guardians, covered, coverage_changed_on) "
                + "values (?, ?, ?, '070-123', 'Förälder', ?, cast(? as date)) returning id", Long.class, org, pnr, name, covered, changedOn);
        jdbc.update("insert into uka.coverage_period (organisation_id, person_id, start_date, end_date, reason, end_reason, registration_reason) "
                + "values (?, ?, date '2021-09-01', cast(? as date), 'test', case when cast(? as date) is null then null else 'FYLLT_20' end, 'GRUNDSKOLA')",
                org, id, end, end);
        jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached, outcome) "
                + "values (?, ?, date '2022-02-01', 'TELEFON', 'borlange', true, 'Berättade om sin familj')", org, id);
        jdbc.update("insert into uka.plan (person_id, organisation_id, goal) values (?, ?, 'Börja på komvux')", id, org);
        jdbc.update("insert into uka.action (organisation_id, person_id, category, start_date, end_date, responsible, end_reason) "
                + "values (?, ?, 'PRAKTIK', date '2022-03-01', date '2022-05-01', 'Bo', 'AVSLUTAD_ENLIGT_PLAN')", org, id);
        return id;
    }

    @Test
    void peopleLongOutOfCoverageAreAnonymisedAndTheRestIsLeftAlone() throws Exception {
        long borlange = organisationId("Borlänge");
        long old = person(borlange, "Gallra Gammalsson", false, "2023-06-01", "2023-06-01");
        long recent = person(borlange, "Nyss Slutad", false, java.time.LocalDate.now().minusDays(30).toString(), java.time.LocalDate.now().minusDays(30).toString());
        long covered = person(borlange, "Omfattas Fortfarande", true, "2021-09-01", null);
        mvc.perform(get("/uka/personer/" + old).cookie(login("borlange"))).andExpect(status().isOk());
        attachments.store(borlange, "uka", "person:" + old, "plan.txt", "Planen".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                se.sambruk.core.documents.FileType.DOCUMENTS);

        RetentionRule rule = retention.rule("uka.people-after-coverage").orElseThrow();
        var preview = retention.preview(rule, borlange, 1000);
        assertThat(preview.items()).extracting(item -> item.reference()).contains("ungdom " + old)
                .doesNotContain("ungdom " + recent, "ungdom " + covered);

        retention.run(rule, "test");
        var row = jdbc.queryForMap("select name, personnummer, phone, guardians, anonymised_at from uka.young_person where id = ?", old);
        assertThat(row.get("name")).isEqualTo("Avidentifierad");
        assertThat((String) row.get("personnummer")).startsWith("G");
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("guardians")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select outcome from uka.contact where person_id = ?", String.class, old)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from uka.plan where person_id = ?", Long.class, old)).isZero();
        assertThat(attachments.list(borlange, "uka", "person:" + old)).isEmpty();
        // what the statistics count stays
        assertThat(jdbc.queryForObject("select count(*) from uka.coverage_period where person_id = ?", Long.class, old)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select category from uka.action where person_id = ?", String.class, old)).isEqualTo("PRAKTIK");
        // the others untouched
        for (long id : new long[] {recent, covered}) {
            assertThat(jdbc.queryForObject("select anonymised_at is null and phone = '070-123' from uka.young_person where id = ?", Boolean.class, id)).isTrue();
            assertThat(jdbc.queryForObject("select outcome from uka.contact where person_id = ?", String.class, id)).isNotNull();
        }
        // the anonymised person is gone from the caseworker's pages; the register and the statistics still work
        var bo = login("borlange");
        mvc.perform(get("/uka/personer/" + old).cookie(bo)).andExpect(status().isNotFound());
        mvc.perform(get("/uka/personer?alla=true").cookie(bo)).andExpect(status().isOk());
        mvc.perform(get("/uka/statistik?fran=2022-01-01&till=2022-12-31").cookie(bo)).andExpect(status().isOk());
        mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk());
        // a second run finds nothing more of it
        assertThat(retention.preview(rule, borlange, 1000).items()).extracting(item -> item.reference()).doesNotContain("ungdom " + old);
    }
}
