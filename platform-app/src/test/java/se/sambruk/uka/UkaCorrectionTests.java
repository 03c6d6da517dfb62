package se.sambruk.uka;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting an action's and a coverage period's dates on the person's page: the same rules as when
 * they were made, inline errors, nothing half saved, audited, another municipality kept out.
 */
class UkaCorrectionTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    long borlange;
    long person;
    LocalDate born;

    private void newPerson() {
        borlange = organisationId("Borlänge");
        java.util.Random random = new java.util.Random();
        born = LocalDate.now().minusYears(18).minusDays(random.nextInt(300));
        String eleven = born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        String pnr = eleven + UkaPagesTests.check(eleven);
        person = jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name, covered) values (?, ?, 'Rätta Datumsson', true) "
                + "on conflict do nothing returning id", Long.class, borlange, pnr);
    }

    private long audits(String type, String action) {
        return jdbc.queryForObject("select count(*) from core.audit_event where target_type = ? and target_id = ? and action = ?", Long.class,
                type, String.valueOf(person), action);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from uka." + table + " where id = ?", id);
    }

    @Test
    void anActionsCategoryDatesAndEndReasonAreCorrectedWithTheRulesOfAddingOne() throws Exception {
        newPerson();
        Cookie bo = login("borlange");
        LocalDate today = LocalDate.now();
        long action = jdbc.queryForObject("insert into uka.action (organisation_id, person_id, category, start_date, responsible) "
                + "values (?, ?, 'PRAKTIK', ?, 'Bo') returning id", Long.class, borlange, person, Date.valueOf(today.minusDays(30)));
        long read = audits("uka.action", "PERSONAL_DATA_READ");
        mvc.perform(get("/uka/personer/" + person).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/uka/personer/" + person + "/atgarder/" + action + "\"")));
        mvc.perform(get("/uka/personer/" + person + "/atgarder/" + action).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändra en åtgärd för Rätta Datumsson")))
                .andExpect(content().string(containsString("value=\"" + today.minusDays(30) + "\"")));
        assertThat(audits("uka.action", "PERSONAL_DATA_READ")).isEqualTo(read + 1);

        Map<String, Object> before = row("action", action);
        String path = "/uka/personer/" + person + "/atgarder/" + action;
        // end before start; end in the future; start before birth; an end without a reason; an unknown category: 400 inline, nothing saved
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "PRAKTIK").param("start", today.minusDays(10).toString())
                        .param("end", today.minusDays(20).toString()).param("endReason", "AVBRUTEN").param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("före startdatum")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "PRAKTIK").param("start", today.minusDays(10).toString())
                        .param("end", today.plusDays(5).toString()).param("endReason", "AVBRUTEN").param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("har inte kommit ännu")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "PRAKTIK").param("start", born.minusDays(1).toString())
                        .param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("före personens födelsedag")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "PRAKTIK").param("start", today.minusDays(10).toString())
                        .param("end", today.minusDays(2).toString()).param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj varför åtgärden slutade")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "TRAPETS").param("start", today.minusDays(10).toString())
                        .param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj ett av alternativen")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "PRAKTIK").param("start", "i morgon").param("responsible", "Bo"))
                .andExpect(status().isBadRequest());
        assertThat(row("action", action)).isEqualTo(before);

        long changed = audits("uka.action", "PERSONAL_DATA_CHANGED");
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "VAGLEDNING").param("start", today.minusDays(25).toString())
                        .param("end", today.minusDays(1).toString()).param("endReason", "AVSLUTAD_ENLIGT_PLAN").param("responsible", "Cecilia"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> after = row("action", action);
        assertThat(after.get("category")).isEqualTo("VAGLEDNING");
        assertThat(after.get("start_date").toString()).isEqualTo(today.minusDays(25).toString());
        assertThat(after.get("end_date").toString()).isEqualTo(today.minusDays(1).toString());
        assertThat(after.get("end_reason")).isEqualTo("AVSLUTAD_ENLIGT_PLAN");
        assertThat(after.get("responsible")).isEqualTo("Cecilia");
        assertThat(audits("uka.action", "PERSONAL_DATA_CHANGED")).isEqualTo(changed + 1);
        // and opened again: the end and its reason go together
        mvc.perform(post(path).cookie(bo).with(csrf()).param("category", "VAGLEDNING").param("start", today.minusDays(25).toString())
                .param("endReason", "").param("responsible", "Cecilia")).andExpect(status().is3xxRedirection());
        assertThat(row("action", action).get("end_date")).isNull();
        assertThat(row("action", action).get("end_reason")).isNull();

        // adding an action follows the same rule
        mvc.perform(post("/uka/personer/" + person + "/atgarder").cookie(bo).with(csrf()).param("category", "PRAKTIK")
                        .param("start", today.minusDays(10).toString()).param("end", today.plusDays(3).toString()).param("endReason", "AVBRUTEN")
                        .param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("har inte kommit ännu")));
    }

    @Test
    void aCoveragePeriodsDatesAreCorrectedWithoutOverlapsAndTheOpenOneDecidesWhetherThePersonIsCovered() throws Exception {
        newPerson();
        Cookie bo = login("borlange");
        LocalDate today = LocalDate.now();
        long first = jdbc.queryForObject("insert into uka.coverage_period (organisation_id, person_id, start_date, end_date, reason, end_reason) "
                + "values (?, ?, ?, ?, 'test', 'FLYTTAT') returning id", Long.class, borlange, person, Date.valueOf(today.minusDays(300)),
                Date.valueOf(today.minusDays(200)));
        long open = jdbc.queryForObject("insert into uka.coverage_period (organisation_id, person_id, start_date, reason) values (?, ?, ?, 'test') returning id",
                Long.class, borlange, person, Date.valueOf(today.minusDays(100)));
        mvc.perform(get("/uka/personer/" + person).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/uka/personer/" + person + "/perioder/" + first + "\"")));
        long read = audits("uka.coverage", "PERSONAL_DATA_READ");
        mvc.perform(get("/uka/personer/" + person + "/perioder/" + first).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + today.minusDays(300) + "\"")));
        assertThat(audits("uka.coverage", "PERSONAL_DATA_READ")).isEqualTo(read + 1);

        Map<String, Object> before = row("coverage_period", first);
        String path = "/uka/personer/" + person + "/perioder/" + first;
        // running into the open period; ending in the future; starting before birth; an end without a reason: 400, nothing saved
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", today.minusDays(300).toString()).param("end", today.minusDays(100).toString())
                        .param("endReason", "FLYTTAT"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("får inte överlappa")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", today.minusDays(300).toString()).param("endReason", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("får inte överlappa")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", today.minusDays(300).toString()).param("end", today.plusDays(1).toString())
                        .param("endReason", "FLYTTAT"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("har inte kommit ännu")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", born.minusDays(3).toString()).param("end", today.minusDays(200).toString())
                        .param("endReason", "FLYTTAT"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("före personens födelsedag")));
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", today.minusDays(300).toString()).param("end", today.minusDays(200).toString())
                        .param("endReason", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj varför aktivitetsansvaret slutade")));
        assertThat(row("coverage_period", first)).isEqualTo(before);

        long changed = audits("uka.coverage", "PERSONAL_DATA_CHANGED");
        mvc.perform(post(path).cookie(bo).with(csrf()).param("start", today.minusDays(320).toString()).param("end", today.minusDays(101).toString())
                .param("endReason", "ANNAT")).andExpect(status().is3xxRedirection());
        assertThat(row("coverage_period", first).get("start_date").toString()).isEqualTo(today.minusDays(320).toString());
        assertThat(row("coverage_period", first).get("end_date").toString()).isEqualTo(today.minusDays(101).toString());
        assertThat(row("coverage_period", first).get("end_reason")).isEqualTo("ANNAT");
        assertThat(audits("uka.coverage", "PERSONAL_DATA_CHANGED")).isEqualTo(changed + 1);

        // the open period ended by correcting it: no longer covered; opened again: covered
        String openPath = "/uka/personer/" + person + "/perioder/" + open;
        mvc.perform(post(openPath).cookie(bo).with(csrf()).param("start", today.minusDays(100).toString()).param("end", today.minusDays(5).toString())
                .param("endReason", "FLYTTAT")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, person)).isFalse();
        mvc.perform(post(openPath).cookie(bo).with(csrf()).param("start", today.minusDays(100).toString()).param("endReason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, person)).isTrue();
        assertThat(row("coverage_period", open).get("end_reason")).isNull();

        // ending coverage by hand follows the same rule: not on a day that has not come
        mvc.perform(post("/uka/personer/" + person + "/avsluta").cookie(bo).with(csrf()).param("endedOn", today.plusDays(2).toString())
                .param("reason", "FLYTTAT")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("har inte kommit ännu")));
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, person)).isTrue();
    }

    @Test
    void anotherMunicipalityCannotReachAnActionOrAPeriodToCorrect() throws Exception {
        newPerson();
        LocalDate today = LocalDate.now();
        long action = jdbc.queryForObject("insert into uka.action (organisation_id, person_id, category, start_date, responsible) "
                + "values (?, ?, 'PRAKTIK', ?, 'Bo') returning id", Long.class, borlange, person, Date.valueOf(today.minusDays(30)));
        long period = jdbc.queryForObject("insert into uka.coverage_period (organisation_id, person_id, start_date, reason) values (?, ?, ?, 'test') returning id",
                Long.class, borlange, person, Date.valueOf(today.minusDays(100)));
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(UkaPagesTests.HEDEMORA_CASEWORKER)) {
                accounts.createUser(UkaPagesTests.HEDEMORA_CASEWORKER, "Hanna Handläggare", null, organisationId("Hedemora"),
                        Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        Cookie hedemora = login(UkaPagesTests.HEDEMORA_CASEWORKER);
        mvc.perform(get("/uka/personer/" + person + "/atgarder/" + action).cookie(hedemora)).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + person + "/atgarder/" + action).cookie(hedemora).with(csrf()).param("category", "ANNAN")
                .param("start", today.minusDays(3).toString()).param("responsible", "X")).andExpect(status().isNotFound());
        mvc.perform(get("/uka/personer/" + person + "/perioder/" + period).cookie(hedemora)).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + person + "/perioder/" + period).cookie(hedemora).with(csrf())
                .param("start", today.minusDays(3).toString())).andExpect(status().isNotFound());
        assertThat(row("action", action).get("category")).isEqualTo("PRAKTIK");
        assertThat(row("coverage_period", period).get("start_date").toString()).isEqualTo(today.minusDays(100).toString());
        // a record of one person is not reached through another's page
        long person2 = person;
        newPerson();
        Cookie bo = login("borlange");
        mvc.perform(get("/uka/personer/" + person + "/atgarder/" + action).cookie(bo)).andExpect(status().isNotFound());
        mvc.perform(get("/uka/personer/" + person + "/perioder/" + period).cookie(bo)).andExpect(status().isNotFound());
        assertThat(person2).isNotEqualTo(person);
    }
}
