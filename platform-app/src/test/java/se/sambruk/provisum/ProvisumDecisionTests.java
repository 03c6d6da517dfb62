package se.sambruk.provisum;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.sambruk.PlatformTest;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The office's decisions reach the guardian: the review's outcome with remarks, a fee and a consent
 * decision are each registered in the diarium, mailed to the guardian without personal data, and
 * shown with their reasons in the e-service; another resident reaches none of them.
 */
class ProvisumDecisionTests extends PlatformTest {

    private static final String ERIK_MAIL = "erik.provare@example.se";

    private String lastMailTo(String address) {
        return jdbc.queryForObject("select subject || ' | ' || body from core.outgoing_mail where recipient = ? order by id desc limit 1",
                String.class, address);
    }

    private int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, address);
    }

    @Test
    void reviewFeeAndConsentDecisionsAreMailedWithoutPersonalDataAndReadInTheEService() throws Exception {
        long borlange = organisationId("Borlänge");
        long principal = jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, '194203154820', 'Gerda Beslutsprov') returning id",
                Long.class, borlange);
        long erik = jdbc.queryForObject("select id from provisum.guardian where personnummer = '198507099813'", Long.class);
        jdbc.update("insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on) values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2024-01-01')",
                principal, erik);
        long annualCase = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'ARSRAKNING', date '2026-02-01', date '2026-03-01', 'BES-ARS') returning id
                """, Long.class, borlange, principal);
        jdbc.update("""
                insert into provisum.annual_account (case_id, year, opening_total, income, expenses, closing_total, submitted_on)
                values (?, 2025, 1000, 500, 300, 1200, date '2026-02-20')
                """, annualCase);
        Cookie bo = login("borlange");
        String casePage = "/provisum/cases/" + annualCase;
        int before = mailsTo(ERIK_MAIL);

        mvc.perform(post(casePage + "/review").with(csrf()).cookie(bo));
        MockHttpServletResponse outcome = mvc.perform(post(casePage + "/outcome").with(csrf()).cookie(bo).param("outcome", "REMARKS")
                .param("remarks", "Kvitto saknas för uttaget den 3 maj.")).andReturn().getResponse();
        assertThat(outcome.getStatus()).isEqualTo(302);
        assertThat(mailsTo(ERIK_MAIL)).isEqualTo(before + 1);
        String mail = lastMailTo(ERIK_MAIL);
        assertThat(mail).contains("Nytt beslut från överförmyndaren").contains("e-tjänsten")
                .doesNotContain("Gerda").doesNotContain("Kvitto saknas").doesNotContain("194203");

        MockHttpServletResponse fee = mvc.perform(post(casePage + "/fees").with(csrf()).cookie(bo).param("year", "2026").param("task", "BEVAKA_RATT").param("share", "4"))
                .andReturn().getResponse();
        assertThat(fee.getStatus()).isEqualTo(302);
        assertThat(mailsTo(ERIK_MAIL)).isEqualTo(before + 2);
        String office = mvc.perform(get(casePage).cookie(bo)).andReturn().getResponse().getContentAsString();
        assertThat(office).contains("Beslut: Årsräkningen för 2025 granskad med anmärkning").contains("Beslut: Arvode för 2026: 2368 kr")
                .contains("e-post till 1, post till 0");

        long consentCase = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'SAMTYCKE', date '2026-12-01', date '2027-01-01', 'BES-SAM') returning id
                """, Long.class, borlange, principal);
        MockHttpServletResponse noReasons = mvc.perform(post("/provisum/cases/" + consentCase + "/permission").with(csrf()).cookie(bo)
                .param("outcome", "GRANTED").param("reasons", " ")).andReturn().getResponse();
        assertThat(noReasons.getStatus()).isEqualTo(400);
        assertThat(noReasons.getContentAsString()).contains("skriv skälen");
        assertThat(mailsTo(ERIK_MAIL)).isEqualTo(before + 2);
        mvc.perform(post("/provisum/cases/" + consentCase + "/permission").with(csrf()).cookie(bo).param("outcome", "GRANTED")
                .param("reasons", "Försäljningen sker till marknadspris enligt värdering."));
        assertThat(mailsTo(ERIK_MAIL)).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("select permission from provisum.case_file where id = ?", String.class, consentCase)).isEqualTo("GRANTED");
        assertThat(jdbc.queryForObject("select count(*) from provisum.case_step where case_id = ? and step_code = 'decided'", Integer.class, consentCase))
                .isOne();
        // an annual account's case takes no consent decision
        assertThat(mvc.perform(post(casePage + "/permission").with(csrf()).cookie(bo).param("outcome", "GRANTED").param("reasons", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        ResidentFlow guardian = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099813"));
        String start = guardian.perform(get("/e-tjanster/provisum")).getContentAsString();
        assertThat(start).contains("Beslut från överförmyndaren").contains("Årsräkningen för 2025 granskad med anmärkning")
                .contains("Överförmyndaren samtycker");
        long reviewDecision = jdbc.queryForObject("select id from provisum.decision where case_id = ? and kind = 'REVIEW'", Long.class, annualCase);
        String page = "/e-tjanster/provisum/beslut/" + reviewDecision;
        assertThat(guardian.perform(get(page)).getContentAsString()).contains("Kvitto saknas för uttaget den 3 maj.").contains("FB 16 kap. 3 §")
                .contains("BES-ARS");
        long permissionDecision = jdbc.queryForObject("select id from provisum.decision where case_id = ?", Long.class, consentCase);
        assertThat(guardian.perform(get("/e-tjanster/provisum/beslut/" + permissionDecision)).getContentAsString())
                .contains("marknadspris").contains("FB 14 kap. 11 §");

        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        assertThat(anna.perform(get(page)).getStatus()).isEqualTo(404);
        assertThat(anna.perform(get("/e-tjanster/provisum")).getContentAsString()).doesNotContain("Beslutsprov");

        jdbc.update("delete from provisum.case_file where principal_id = ?", principal);
        jdbc.update("delete from provisum.assignment where principal_id = ?", principal);
        jdbc.update("delete from provisum.principal where id = ?", principal);
    }

    @Test
    void aFeeForPartOfTheYearIsTheYearsFeeTimesTheShareOfDays() throws Exception {
        long borlange = organisationId("Borlänge");
        long astrid = jdbc.queryForObject("select id from provisum.principal where name = 'Astrid Exempel'", Long.class);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'ARVODE', date '2026-12-01', date '2027-01-01', 'ARV-DEL') returning id
                """, Long.class, borlange, astrid);
        Cookie bo = login("borlange");
        String fees = "/provisum/cases/" + caseId + "/fees";
        for (String[] bad : new String[][] {{"2026-07-01", "2026-06-30"}, {"2027-01-01", ""}, {"igår", ""}}) {
            MockHttpServletResponse refused = mvc.perform(post(fees).with(csrf()).cookie(bo).param("year", "2026").param("share", "10")
                    .param("from", bad[0]).param("to", bad[1])).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("dagar inom året");
        }
        assertThat(jdbc.queryForObject("select count(*) from provisum.fee_decision where case_id = ?", Integer.class, caseId)).isZero();

        mvc.perform(post(fees).with(csrf()).cookie(bo).param("year", "2026").param("share", "10").param("from", "2026-07-01"));
        var fee = jdbc.queryForMap("select amount, days_held, days_in_year, year_amount from provisum.fee_decision where case_id = ?", caseId);
        assertThat(fee.get("amount").toString()).isEqualTo("2984.00");
        assertThat(fee.get("days_held")).isEqualTo(184);
        assertThat(fee.get("days_in_year")).isEqualTo(365);
        assertThat(fee.get("year_amount").toString()).isEqualTo("5920.00");
        assertThat(jdbc.queryForObject("select reasons from provisum.decision where case_id = ?", String.class, caseId))
                .contains("184 av årets 365 dagar").contains("5920 kr");
        assertThat(mvc.perform(get("/provisum/cases/" + caseId).cookie(bo)).andReturn().getResponse().getContentAsString())
                .contains("(184 av årets 365 dagar; årsarvode 5");
        jdbc.update("delete from provisum.case_file where id = ?", caseId);
    }
}
