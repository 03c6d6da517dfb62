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
 * The consent of a principal aged 16 or more (FB 16 kap. 4 §): the office asks on a consent case,
 * the principal signs in with e-legitimation, sees only the question and signs the answer (a real
 * signing round with the demo's test provider); the office sees it on the checklist and in the
 * diarium. A principal under 16, a question left empty and another resident are refused.
 */
class ProvisumConsentTests extends PlatformTest {

    private static final String ELIN = "200109309864";

    @Test
    void thePrincipalGivesConsentWithESignatureAndTheOfficeSeesItOnTheChecklist() throws Exception {
        long gagnef = organisationId("Gagnef");
        long principal = jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, ?, 'Elin Samtyckesprov') returning id",
                Long.class, gagnef, ELIN);
        long erik = jdbc.queryForObject("select id from provisum.guardian where personnummer = '198507099813'", Long.class);
        jdbc.update("insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on) values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2025-01-01')",
                principal, erik);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'SAMTYCKE', date '2026-12-01', date '2027-01-01', 'SAM-TEST') returning id
                """, Long.class, gagnef, principal);
        String casePage = "/provisum/cases/" + caseId;

        MockHttpServletResponse empty = mvc.perform(post(casePage + "/consent").with(csrf()).cookie(login("borlange")).param("question", " "))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Skriv frågan till huvudmannen");
        assertThat(jdbc.queryForObject("select count(*) from provisum.consent_request where case_id = ?", Integer.class, caseId)).isZero();
        mvc.perform(post(casePage + "/consent").with(csrf()).cookie(login("borlange")).param("question", "Får bostadsrätten på Storgatan säljas?"));
        assertThat(mvc.perform(get(casePage).cookie(login("borlange"))).andReturn().getResponse().getContentAsString())
                .contains("Inväntar svar").contains("Huvudmannen tillfrågad om samtycke");
        long requestId = jdbc.queryForObject("select id from provisum.consent_request where case_id = ?", Long.class, caseId);
        String page = "/e-tjanster/provisum/samtycken/" + requestId;

        // the guardian is not the principal: the question is not theirs
        ResidentFlow guardian = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099813"));
        assertThat(guardian.perform(get(page)).getStatus()).isEqualTo(404);
        assertThat(guardian.perform(get("/e-tjanster/provisum")).getContentAsString()).doesNotContain(page);

        ResidentFlow elin = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, ELIN));
        assertThat(elin.perform(get("/e-tjanster/provisum")).getContentAsString()).contains(page);
        String question = elin.perform(get(page)).getContentAsString();
        assertThat(question).contains("Får bostadsrätten på Storgatan säljas?").contains("SAM-TEST").doesNotContain("Erik Provare");
        MockHttpServletResponse none = elin.perform(post(page + "/svar").with(csrf()));
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("Välj om du samtycker eller inte");

        String signingPage = elin.perform(post(page + "/svar").with(csrf()).param("svar", "GIVEN")).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(elin.perform(get(signingPage)).getContentAsString()).contains("Jag samtycker till: Får bostadsrätten på Storgatan säljas?");
        URI authorization = URI.create(elin.perform(get(signingPage + "/e-legitimation")).getRedirectedUrl());
        MockHttpServletResponse back = elin.answer(elin.choose(authorization, ELIN));
        assertThat(back.getRedirectedUrl()).startsWith(page + "?signatur=");
        assertThat(elin.perform(get(page)).getRedirectedUrl()).isEqualTo(page);
        assertThat(elin.perform(get(page)).getContentAsString()).contains("Jag samtycker").contains("Signerad av");
        assertThat(jdbc.queryForObject("select answer from provisum.consent_request where id = ?", String.class, requestId)).isEqualTo("GIVEN");
        assertThat(elin.perform(post(page + "/svar").with(csrf()).param("svar", "REFUSED")).getStatus()).isEqualTo(400);

        String office = mvc.perform(get(casePage).cookie(login("borlange"))).andReturn().getResponse().getContentAsString();
        assertThat(office).contains("Jag samtycker").contains("Huvudmannen samtycker (signerat)");
        assertThat(jdbc.queryForObject("select count(*) from provisum.case_step where case_id = ? and step_code = 'heard'", Integer.class, caseId)).isOne();
        jdbc.update("delete from provisum.case_file where id = ?", caseId);
        jdbc.update("delete from provisum.assignment where principal_id = ?", principal);
        jdbc.update("delete from provisum.principal where id = ?", principal);
    }

    @Test
    void aPrincipalUnderSixteenIsNotAskedInTheEService() throws Exception {
        long gagnef = organisationId("Gagnef");
        long principal = jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, '201203155237', 'Ung Huvudman') returning id",
                Long.class, gagnef);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'UTTAGSTILLSTAND', date '2026-12-01', date '2027-01-01', 'UTT-TEST') returning id
                """, Long.class, gagnef, principal);
        MockHttpServletResponse refused = mvc.perform(post("/provisum/cases/" + caseId + "/consent").with(csrf()).cookie(login("borlange"))
                .param("question", "Får 5 000 kr tas ut?")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("inte fyllt 16 år");
        assertThat(jdbc.queryForObject("select count(*) from provisum.consent_request where case_id = ?", Integer.class, caseId)).isZero();
        jdbc.update("delete from provisum.case_file where id = ?", caseId);
        jdbc.update("delete from provisum.principal where id = ?", principal);
    }
}
