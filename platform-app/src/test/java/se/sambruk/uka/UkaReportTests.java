package se.sambruk.uka;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SCB report end to end: a half-year with a person whose action ends before it starts, the check
 * naming the person and linking to the fix, freezing refused until it is fixed, then the frozen files
 * given back unchanged after the data changed, every read audited, and another municipality kept out.
 */
class UkaReportTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    long audits(String type) {
        return jdbc.queryForObject("select count(*) from core.audit_event where target_type = ?", Long.class, type);
    }

    /** Borlänge's period for the year and half, added through the page (or found when an earlier test added it). */
    long period(Cookie bo, int year, int half) throws Exception {
        Long id = jdbc.query("select id from uka.report_period where organisation_id = ? and name = ?", rs -> rs.next() ? rs.getLong(1) : null,
                organisationId("Borlänge"), year + "-" + half);
        if (id != null) {
            return id;
        }
        String location = mvc.perform(post("/uka/rapporter").cookie(bo).with(csrf()).param("year", String.valueOf(year)).param("half", String.valueOf(half)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theCaseworkerChecksFixesFreezesAndDownloadsTheSameFilesLater() throws Exception {
        Cookie bo = login("borlange");
        long borlange = organisationId("Borlänge");
        mvc.perform(get("/uka/rapporter").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Rapport till SCB")));
        long periodId = period(bo, 2025, 2);

        // a young person covered in the second half of 2025, reached once, with an action that ends before it starts
        java.util.Random random = new java.util.Random();
        String pnr = "2008" + String.format("%02d", 1 + random.nextInt(12)) + String.format("%02d", 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        pnr = pnr + UkaPagesTests.check(pnr);
        long person = jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name, covered) values (?, ?, 'Rapport Rättasson', true) "
                + "returning id", Long.class, borlange, pnr);
        jdbc.update("insert into uka.coverage_period (organisation_id, person_id, start_date, reason) values (?, ?, date '2025-08-01', 'test')", borlange, person);
        jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached) values (?, ?, date '2025-09-10', 'TELEFON', 'borlange', true)",
                borlange, person);
        long action = jdbc.queryForObject("insert into uka.action (organisation_id, person_id, category, start_date, end_date, responsible, end_reason) "
                + "values (?, ?, 'PRAKTIK', date '2025-09-01', date '2025-08-15', 'Bo', 'AVSLUTAD_ENLIGT_PLAN') returning id", Long.class, borlange, person);

        long read = audits("uka.report");
        mvc.perform(get("/uka/rapporter/" + periodId).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapport Rättasson")))
                .andExpect(content().string(containsString("slutar före sitt startdatum")))
                .andExpect(content().string(containsString("/uka/personer/" + person + "/atgarder/" + action + "\"")))
                .andExpect(content().string(containsString(pnr.substring(0, 8) + "-****")))
                .andExpect(content().string(not(containsString(pnr.substring(0, 8) + "-" + pnr.substring(8)))));
        assertThat(audits("uka.report")).isGreaterThan(read);

        // freezing is refused while there is a problem
        mvc.perform(post("/uka/rapporter/" + periodId + "/las").cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("rätta felen först")));
        assertThat(jdbc.queryForObject("select frozen_at is null from uka.report_period where id = ?", Boolean.class, periodId)).isTrue();

        // SCB's orsak till registrering is missing: a problem that links to the coverage; an unknown code is refused inline
        mvc.perform(get("/uka/rapporter/" + periodId).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Orsak till registrering saknas för perioden från 2025-08-01")))
                .andExpect(content().string(containsString("/uka/personer/" + person + "#omfattas")));
        mvc.perform(get("/uka/personer/" + person + "/scb-uppgifter").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Har bara gått grundskolan eller motsvarande")));
        mvc.perform(post("/uka/personer/" + person + "/scb-uppgifter").cookie(bo).with(csrf()).param("registrationReason", "PÅHITTAD"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj ett av alternativen")));
        assertThat(jdbc.queryForObject("select registration_reason from uka.coverage_period where person_id = ?", String.class, person)).isNull();
        mvc.perform(post("/uka/personer/" + person + "/scb-uppgifter").cookie(bo).with(csrf()).param("registrationReason", "GRUNDSKOLA")
                        .param("declinedOffer", "true"))
                .andExpect(status().is3xxRedirection());

        // the link opens the form of that very action; fixed there, the period is frozen with its files
        mvc.perform(get("/uka/personer/" + person + "/atgarder/" + action).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2025-08-15\"")));
        mvc.perform(post("/uka/personer/" + person + "/atgarder/" + action).cookie(bo).with(csrf()).param("category", "PRAKTIK")
                .param("start", "2025-09-01").param("end", "2025-10-15").param("endReason", "AVSLUTAD_ENLIGT_PLAN").param("responsible", "Bo"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/uka/rapporter/" + periodId).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("slutar före sitt startdatum"))));
        mvc.perform(post("/uka/rapporter/" + periodId + "/las").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select frozen_by from uka.report_period where id = ?", String.class, periodId)).isEqualTo("borlange");

        byte[] scb = mvc.perform(get("/uka/rapporter/" + periodId + "/scb").cookie(bo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(scb, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("2081;2025-2;" + pnr + ";2025-08-01;GRUNDSKOLA;;;1;J;J;PRAKTIK;2025-09-01;2025-10-15;AVSLUTAD_ENLIGT_PLAN");
        byte[] xlsx = mvc.perform(get("/uka/rapporter/" + periodId + "/xlsx").cookie(bo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] csv = mvc.perform(get("/uka/rapporter/" + periodId + "/csv").cookie(bo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains(pnr.substring(0, 8) + "-" + pnr.substring(8)).contains("Praktik");

        // the data changes after the period was sent: the files stay what was sent, and each download is audited
        jdbc.update("insert into uka.action (organisation_id, person_id, category, start_date, responsible) values (?, ?, 'VAGLEDNING', date '2025-11-01', 'Bo')",
                borlange, person);
        long downloads = audits("uka.report");
        assertThat(mvc.perform(get("/uka/rapporter/" + periodId + "/scb").cookie(bo)).andReturn().getResponse().getContentAsByteArray()).isEqualTo(scb);
        assertThat(mvc.perform(get("/uka/rapporter/" + periodId + "/xlsx").cookie(bo)).andReturn().getResponse().getContentAsByteArray()).isEqualTo(xlsx);
        assertThat(audits("uka.report")).isEqualTo(downloads + 2);
        mvc.perform(post("/uka/rapporter/" + periodId + "/las").cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("redan låst")));
        mvc.perform(get("/uka/rapporter").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Låst")));
    }

    @Test
    void aPeriodNotYetOverCannotBeFrozenAndBadInputGetsInlineMessages() throws Exception {
        Cookie bo = login("borlange");
        LocalDate today = LocalDate.now();
        long current = period(bo, today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
        mvc.perform(post("/uka/rapporter/" + current + "/las").cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("förrän halvåret är slut")));
        long before = jdbc.queryForObject("select count(*) from uka.report_period", Long.class);
        mvc.perform(post("/uka/rapporter").cookie(bo).with(csrf()).param("year", String.valueOf(today.getYear())).param("half", today.getMonthValue() <= 6 ? "1" : "2"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Perioden finns redan")));
        mvc.perform(post("/uka/rapporter").cookie(bo).with(csrf()).param("year", String.valueOf(today.getYear() + 1)).param("half", "1"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("har inte börjat")));
        mvc.perform(post("/uka/rapporter").cookie(bo).with(csrf()).param("year", "tjugo").param("half", "3"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from uka.report_period", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysCaseworkerCannotReachThePeriodNorItsFiles() throws Exception {
        Cookie bo = login("borlange");
        long periodId = period(bo, 2025, 1);
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(UkaPagesTests.HEDEMORA_CASEWORKER)) {
                accounts.createUser(UkaPagesTests.HEDEMORA_CASEWORKER, "Hanna Handläggare", null, organisationId("Hedemora"),
                        Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        Cookie hedemora = login(UkaPagesTests.HEDEMORA_CASEWORKER);
        for (String path : new String[] {"", "/scb", "/csv", "/xlsx"}) {
            mvc.perform(get("/uka/rapporter/" + periodId + path).cookie(hedemora)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/uka/rapporter/" + periodId + "/las").cookie(hedemora).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/uka/rapporter").cookie(hedemora)).andExpect(status().isOk()).andExpect(content().string(not(containsString("/uka/rapporter/" + periodId + "\""))));
        assertThat(jdbc.queryForObject("select frozen_at is null from uka.report_period where id = ?", Boolean.class, periodId)).isTrue();
    }
}
