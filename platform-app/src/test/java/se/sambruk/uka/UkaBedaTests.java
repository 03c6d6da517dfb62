package se.sambruk.uka;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.uka.beda.FakeBedaServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The BEDA check from a young person's page against the local BEDA fake: a failing peer changes
 * nothing and says so, not found and a studiebevis change nothing, an examen ends coverage with
 * the reason EXAMEN; another municipality cannot check Borlänge's people.
 */
class UkaBedaTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    final Random random = new Random();

    String pnr(int years) {
        String date = LocalDate.now().minusYears(years).minusDays(20 + random.nextInt(300)).toString().replace("-", "");
        String eleven = date + "96" + random.nextInt(10);
        return eleven + UkaPagesTests.check(eleven);
    }

    long add(Cookie cookie, String pnr, String name) throws Exception {
        String location = mvc.perform(post("/uka/personer").cookie(cookie).with(csrf()).param("personnummer", pnr).param("name", name)
                        .param("registeredHere", "true").param("compulsorySchoolDone", "true").param("programme", "NONE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Checks the person and shows the page the redirect leads to, with the flash message. */
    String check(Cookie cookie, long id) throws Exception {
        MvcResult result = mvc.perform(post("/uka/personer/" + id + "/beda").cookie(cookie).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/uka/personer/" + id + "#beda");
        return mvc.perform(get("/uka/personer/" + id).cookie(cookie).flashAttrs(result.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    boolean covered(long id) {
        return jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, id);
    }

    long checks(long id) {
        return jdbc.queryForObject("select count(*) from uka.beda_check where person_id = ?", Long.class, id);
    }

    @Test
    void theCheckEndsCoverageOnAnExamenAndAFailingPeerChangesNothing() throws Exception {
        Cookie bo = login("borlange");
        String pnr = pnr(19), studiebevis = pnr(18), nobody = pnr(17);
        long id = add(bo, pnr, "Elsa Examensson");
        long other = add(bo, studiebevis, "Stig Studiebevis");
        long third = add(bo, nobody, "Nils Ingenstans");
        try (FakeBedaServer beda = new FakeBedaServer()) {
            beda.merit(studiebevis, "STUDIEBEVIS", "2026-06-12", "Ekonomiprogrammet");

            // the settings: the guard's reason, a missing key; nothing saved
            jdbc.update("delete from uka.beda_connection where organisation_id = ?", organisationId("Borlänge"));
            mvc.perform(get("/uka/personer/" + id).cookie(bo)).andExpect(content().string(containsString("BEDA är inte inställt")));
            mvc.perform(post("/uka/beda").cookie(bo).with(csrf()).param("baseUrl", "http://10.1.2.3/beda"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("internt nät")))
                    .andExpect(content().string(containsString("Fyll i nyckeln till BEDA")));
            assertThat(jdbc.queryForObject("select count(*) from uka.beda_connection", Long.class)).isZero();
            mvc.perform(post("/uka/beda").cookie(bo).with(csrf()).param("baseUrl", allowFake(beda.baseUrl())).param("apiKey", FakeBedaServer.KEY))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select api_key_cipher from uka.beda_connection", String.class)).startsWith("v1:")
                    .doesNotContain(FakeBedaServer.KEY);
            mvc.perform(get("/uka/beda").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(not(containsString(FakeBedaServer.KEY))));

            // a failing peer: said on the page, nothing recorded, still covered
            beda.failWith(503, "{\"kod\":\"UNDERHALL\",\"meddelande\":\"backend 10.9.9.9 nere\"}");
            String page = check(bo, id);
            assertThat(page).contains("BEDA kunde inte kontrolleras: HTTP 503 (Service Unavailable)").doesNotContain("10.9.9.9");
            beda.failWith(0, null);
            beda.slow(Duration.ofSeconds(3));
            assertThat(check(bo, id)).contains("Servern svarade inte i tid.");
            beda.slow(Duration.ZERO);
            assertThat(checks(id)).isZero();
            assertThat(covered(id)).isTrue();

            // not in BEDA, and a studiebevis: recorded, still covered
            assertThat(check(bo, third)).contains("Finns inte i BEDA");
            assertThat(covered(third)).isTrue();
            assertThat(check(bo, other)).contains("Har studiebevis (omfattas fortfarande)").contains("Ekonomiprogrammet");
            assertThat(covered(other)).isTrue();

            // an examen ends coverage with the reason EXAMEN
            beda.merit(pnr, "YRKESEXAMEN", "2026-06-12", "Bygg- och anläggningsprogrammet");
            page = check(bo, id);
            assertThat(page).contains("aktivitetsansvaret är avslutat med orsaken examen").contains("Har examen").contains("YRKESEXAMEN")
                    .contains("borlange");
            assertThat(covered(id)).isFalse();
            assertThat(jdbc.queryForObject("select end_reason from uka.coverage_period where person_id = ?", String.class, id)).isEqualTo("EXAMEN");
            assertThat(jdbc.queryForObject("select programme_status from uka.young_person where id = ?", String.class, id)).isEqualTo("COMPLETED");
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.person' and target_id = ? "
                    + "and detail like 'BEDA check%'", Long.class, String.valueOf(id))).isEqualTo(1);
            assertThat(beda.requests()).anyMatch(body -> body.contains(pnr));

            // another municipality's caseworker cannot check Borlänge's person: 404, nothing sent
            if (!users.existsByUsernameIgnoreCase("uka.test.hedemora.beda")) {
                accounts.createUser("uka.test.hedemora.beda", "Hilda Handläggare", null, organisationId("Hedemora"),
                        Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
            int sent = beda.requests().size();
            mvc.perform(post("/uka/personer/" + other + "/beda").cookie(login("uka.test.hedemora.beda")).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(beda.requests()).hasSize(sent);
        }
    }
}
