package se.sambruk.provisum;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.sambruk.PlatformTest;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inventory in the e-service: the guardian lists assets and debts, signs with e-legitimation
 * (a real signing round with the demo's test provider), and the inventory is submitted, registered,
 * locked and shown on the office's case; another resident reaches nothing.
 */
class ProvisumInventoryTests extends PlatformTest {

    @Test
    void aGuardianFillsInAndSignsTheInventoryWhichTheOfficeThenSees() throws Exception {
        long gagnef = organisationId("Gagnef");
        long principal = jdbc.queryForObject("""
                insert into provisum.principal (municipality_id, personnummer, name) values (?, '193107095287', 'Ingrid Inventering') returning id
                """, Long.class, gagnef);
        long erik = jdbc.queryForObject("select id from provisum.guardian where personnummer = '198507099813'", Long.class);
        jdbc.update("insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on) values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2026-11-02')",
                principal, erik);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'FORTECKNING', date '2026-11-02', date '2027-01-02', 'INV-TEST') returning id
                """, Long.class, gagnef, principal);
        String page = "/e-tjanster/provisum/forteckningar/" + caseId;
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099813"));

        assertThat(flow.perform(get("/e-tjanster/provisum")).getContentAsString()).contains(page);
        assertThat(flow.perform(get(page)).getContentAsString()).contains("2026-11-02").contains("Inga poster");
        assertThat(flow.perform(post(page + "/signera").with(csrf())).getStatus()).isEqualTo(400);
        MockHttpServletResponse bad = flow.perform(post(page + "/poster").with(csrf()).param("slag", "ASSET").param("beskrivning", "").param("belopp", "-5"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("skriv en beskrivning");
        flow.perform(post(page + "/poster").with(csrf()).param("slag", "ASSET").param("beskrivning", "Sparkonto").param("belopp", "52 000,50"));
        flow.perform(post(page + "/poster").with(csrf()).param("slag", "DEBT").param("beskrivning", "Hyresskuld").param("belopp", "3000"));
        assertThat(flow.perform(get(page)).getContentAsString()).contains("Sparkonto").contains("Hyresskuld").contains("0 av 1");

        // signing: the summary is confirmed, the provider authenticates afresh, and the inventory is submitted
        String signingPage = flow.perform(post(page + "/signera").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(flow.perform(get(signingPage)).getContentAsString()).contains("Ingrid Inventering");
        URI authorization = URI.create(flow.perform(get(signingPage + "/e-legitimation")).getRedirectedUrl());
        MockHttpServletResponse back = flow.answer(flow.choose(authorization, "198507099813"));
        assertThat(back.getRedirectedUrl()).startsWith(page + "?signatur=");
        assertThat(flow.perform(get(page)).getRedirectedUrl()).isEqualTo(page);
        assertThat(jdbc.queryForObject("select submitted_on is not null from provisum.inventory where case_id = ?", Boolean.class, caseId)).isTrue();
        assertThat(flow.perform(get(page)).getContentAsString()).contains("Inlämnad");
        assertThat(flow.perform(post(page + "/poster").with(csrf()).param("slag", "ASSET").param("beskrivning", "Sent").param("belopp", "1"))
                .getContentAsString()).contains("inlämnad och kan inte ändras");

        String office = mvc.perform(get("/provisum/cases/" + caseId).cookie(login("borlange"))).andReturn().getResponse().getContentAsString();
        assertThat(office).contains("Hyresskuld").contains("Förteckning inlämnad och signerad");

        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        assertThat(anna.perform(get(page)).getStatus()).isEqualTo(404);
        assertThat(anna.perform(post(page + "/poster").with(csrf()).param("slag", "ASSET").param("beskrivning", "x").param("belopp", "1")).getStatus())
                .isEqualTo(404);
        jdbc.update("delete from provisum.case_file where id = ?", caseId);
    }
}
