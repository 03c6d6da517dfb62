package se.sambruk.provisum;

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
 * The överförmyndare's caseworker pages on the demo data (Borlänge's office, host for Falun,
 * Gagnef, Ludvika, Smedjebacken and Säter), and the scoping to the municipalities an office serves.
 */
class ProvisumPagesTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie userOf(String username, String organisation, String... roles) throws Exception {
        synchronized (ProvisumPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Test " + username, null, organisationId(organisation), Set.of(roles), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    long principalNamed(String name) {
        return jdbc.queryForObject("select id from provisum.principal where name = ?", Long.class, name);
    }

    long annualAccountCaseOf(String name) {
        return jdbc.queryForObject("""
                select c.id from provisum.case_file c join provisum.annual_account a on a.case_id = c.id
                 where c.principal_id = ? order by c.id limit 1
                """, Long.class, principalNamed(name));
    }

    int audited(String actor, String targetType) {
        return jdbc.queryForObject("select count(*) from core.audit_event where actor = ? and target_type = ? and action = 'PERSONAL_DATA_READ'",
                Integer.class, actor, targetType);
    }

    @Test
    void theCaseworkerRegistersAPrincipalOpensACaseReviewsAnAnnualAccountAndDecidesAFee() throws Exception {
        Cookie bo = login("borlange");
        int overviewReads = audited("borlange", "provisum.overview");
        mvc.perform(get("/provisum").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Försenade")))
                .andExpect(content().string(containsString("Astrid Exempel")))
                .andExpect(content().string(containsString("Falun")));
        assertThat(audited("borlange", "provisum.overview")).isEqualTo(overviewReads + 1);

        // the host arrangement: Falun's principals are in Borlänge's register, masked
        mvc.perform(get("/provisum/principals").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bertil Fiktiv")))
                .andExpect(content().string(containsString("19441102-****")))
                .andExpect(content().string(not(containsString("194411023486"))));
        mvc.perform(get("/provisum/guardians").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Erik Provare")));

        long gagnef = organisationId("Gagnef");
        mvc.perform(post("/provisum/principals").cookie(bo).with(csrf())
                        .param("name", "Greta Prov").param("personnummer", "19380315-2381").param("municipality", String.valueOf(gagnef)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Greta Prov")));
        mvc.perform(post("/provisum/principals").cookie(bo).with(csrf())
                        .param("name", "Greta Prov").param("personnummer", "19580921-4983").param("municipality", String.valueOf(organisationId("Mora"))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/provisum/principals").cookie(bo).with(csrf()).param("name", "").param("personnummer", "").param("municipality", "x"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from provisum.principal where name = 'Greta Prov'", Integer.class)).isZero();
        String principal = mvc.perform(post("/provisum/principals").cookie(bo).with(csrf())
                        .param("name", "Greta Prov").param("personnummer", "195809214983").param("municipality", String.valueOf(gagnef)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(principal).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("19580921-****")));

        mvc.perform(post(principal + "/cases").cookie(bo).with(csrf()).param("type", "NONSENSE").param("from", "2026-13-01"))
                .andExpect(status().isBadRequest());
        String caseUrl = mvc.perform(post(principal + "/cases").cookie(bo).with(csrf()).param("type", "FORTECKNING").param("from", "2026-11-20"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(caseUrl).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("FB 14 kap. 1 §")))
                .andExpect(content().string(containsString("2027-01-20")))
                .andExpect(content().string(containsString("CASE_OPENED")));
        mvc.perform(post(caseUrl + "/steps").cookie(bo).with(csrf()).param("step", "nope")).andExpect(status().isBadRequest());
        for (String step : new String[] {"received", "signed", "reviewed", "filed"}) {
            mvc.perform(post(caseUrl + "/steps").cookie(bo).with(csrf()).param("step", step)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get(caseUrl).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("CASE_CLOSED")));

        // the automatic review of Astrid's annual account
        String annual = "/provisum/cases/" + annualAccountCaseOf("Astrid Exempel");
        mvc.perform(post(annual + "/review").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(annual).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontantuttag")))
                .andExpect(content().string(containsString("Överföring till ställföreträdaren")))
                .andExpect(content().string(containsString("saknar kontoutdrag")))
                .andExpect(content().string(containsString("Utgift utan verifikat")))
                .andExpect(content().string(containsString("fördjupad granskning")))
                .andExpect(content().string(not(containsString("Ingående behållning + inkomster"))));
        mvc.perform(post(annual + "/outcome").cookie(bo).with(csrf()).param("outcome", "REMARKS").param("remarks", " "))
                .andExpect(status().isBadRequest());
        mvc.perform(post(annual + "/outcome").cookie(bo).with(csrf()).param("outcome", "REMARKS")
                        .param("remarks", "Kontantuttaget på 12 000 kr saknar kvitto."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(annual + "/fees").cookie(bo).with(csrf()).param("year", "2026").param("share", "abc")).andExpect(status().isBadRequest());
        mvc.perform(post(annual + "/fees").cookie(bo).with(csrf()).param("year", "1999").param("share", "4")).andExpect(status().isBadRequest());
        mvc.perform(post(annual + "/fees").cookie(bo).with(csrf()).param("year", "2026").param("share", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(annual).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Granskad med anmärkning")))
                .andExpect(content().string(containsString("2368")))
                .andExpect(content().string(containsString("REVIEW_DECISION")))
                .andExpect(content().string(containsString("FEE_DECISION")));
        assertThat(audited("borlange", "provisum.case")).isPositive();

        // a document from a template, as PDF, registered in the diarium
        mvc.perform(post(annual + "/documents").cookie(bo).with(csrf()).param("template", "NONSENSE")).andExpect(status().isBadRequest());
        byte[] pdf = mvc.perform(post(annual + "/documents").cookie(bo).with(csrf()).param("template", "INJUNCTION"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get(annual).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("DOCUMENT_INJUNCTION")));
    }

    @Autowired
    se.sambruk.core.retention.Retention retention;

    @Test
    void closedCasesAreRemovedByTheRetentionRuleAfterTheMunicipalitysPeriod() {
        var rule = retention.rule("provisum.closed-cases").orElseThrow();
        long falun = organisationId("Falun");
        long principal = principalNamed("Bertil Fiktiv");
        long old = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, status, opened_on, closed_at, diary_number)
                values (?, ?, 'ARVODE', 'CLOSED', date '2010-01-01', now() - interval '11 years', 'RET-OLD') returning id
                """, Long.class, falun, principal);
        long recent = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, status, opened_on, closed_at, diary_number)
                values (?, ?, 'ARVODE', 'CLOSED', date '2024-01-01', now() - interval '2 years', 'RET-NEW') returning id
                """, Long.class, falun, principal);
        var preview = retention.preview(rule, falun, 20);
        assertThat(preview.items()).extracting(se.sambruk.core.retention.RetentionPreview.Item::reference).contains("RET-OLD").doesNotContain("RET-NEW");
        retention.run(rule, "test");
        assertThat(jdbc.queryForObject("select count(*) from provisum.case_file where id = ?", Integer.class, old)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from provisum.case_file where id = ?", Integer.class, recent)).isOne();
        jdbc.update("delete from provisum.case_file where id = ?", recent);
    }

    @Test
    void anotherOfficesRecordsAnswer404AndOnlyOfficesReachTheService() throws Exception {
        Cookie mora = userOf("mora-overformyndare", "Mora", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER);
        long falunPrincipal = principalNamed("Bertil Fiktiv");
        long astridCase = annualAccountCaseOf("Astrid Exempel");

        // Borlänge's office reaches Falun's principal through the host arrangement; Mora's does not
        mvc.perform(get("/provisum/principals/" + falunPrincipal).cookie(login("borlange"))).andExpect(status().isOk());
        mvc.perform(get("/provisum").cookie(mora)).andExpect(status().isOk()).andExpect(content().string(containsString("Orsa")))
                .andExpect(content().string(not(containsString("Astrid Exempel"))));
        mvc.perform(get("/provisum/principals").cookie(mora)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Bertil Fiktiv"))));
        mvc.perform(get("/provisum/principals/" + falunPrincipal).cookie(mora)).andExpect(status().isNotFound());
        mvc.perform(get("/provisum/cases/" + astridCase).cookie(mora)).andExpect(status().isNotFound());
        mvc.perform(post("/provisum/cases/" + astridCase + "/steps").cookie(mora).with(csrf()).param("step", "received"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/provisum/principals/" + falunPrincipal + "/cases").cookie(mora).with(csrf()).param("type", "ARVODE").param("from", "2026-01-01"))
                .andExpect(status().isNotFound());

        // Mora's own principal in Orsa (served by Mora) is out of Borlänge's reach
        String orsa = mvc.perform(post("/provisum/principals").cookie(mora).with(csrf())
                        .param("name", "Olle Orsa").param("personnummer", "193107095287").param("municipality", String.valueOf(organisationId("Orsa"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(orsa).cookie(login("borlange"))).andExpect(status().isNotFound());
        mvc.perform(get("/provisum/cases/999999999").cookie(login("borlange"))).andExpect(status().isNotFound());

        // a municipality served by a host has no office of its own; users without the role and staff stay out
        mvc.perform(get("/provisum").cookie(userOf("falun-provisum", "Falun", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/provisum").cookie(userOf("borlange-annan", "Borlänge", "CASEWORKER"))).andExpect(status().isForbidden());
        mvc.perform(get("/provisum").cookie(login("kiruna"))).andExpect(status().isForbidden());
    }

    @Test
    void aGuardianSeesTheAssignmentsAndSignsABalancedAnnualAccountButNotAnotherGuardians() throws Exception {
        long astridAccount = jdbc.queryForObject("select id from provisum.annual_account where case_id = ?", Long.class,
                annualAccountCaseOf("Astrid Exempel"));
        // the demo's account came in ten days ago; this test needs it still waiting for the guardians' signatures
        jdbc.update("update provisum.annual_account set submitted_on = null where id = ?", astridAccount);
        Cookie erik = se.sambruk.residents.ResidentFlow.signIn(mvc, "198507099813");
        mvc.perform(get("/e-tjanster/provisum").cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Astrid Exempel")));
        mvc.perform(get("/e-tjanster/provisum/arsrakningar/" + astridAccount).cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Räkningen går ihop")))
                .andExpect(content().string(containsString("0 av 1")));
        String signing = mvc.perform(post("/e-tjanster/provisum/arsrakningar/" + astridAccount + "/signera").cookie(erik).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(signing).startsWith("/e-tjanster/");

        // an account that does not balance cannot be signed
        long caseId = annualAccountCaseOf("Astrid Exempel");
        long wrong = jdbc.queryForObject("""
                insert into provisum.annual_account (case_id, year, opening_total, income, expenses, closing_total) values (?, 2024, 100, 50, 20, 999)
                returning id""", Long.class, caseId);
        mvc.perform(post("/e-tjanster/provisum/arsrakningar/" + wrong + "/signera").cookie(erik).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("går inte ihop")));
        jdbc.update("delete from provisum.annual_account where id = ?", wrong);

        // another resident is no guardian of Astrid's
        Cookie anna = se.sambruk.residents.ResidentFlow.signIn(mvc, "198507099805");
        mvc.perform(get("/e-tjanster/provisum").cookie(anna)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Astrid Exempel"))));
        mvc.perform(get("/e-tjanster/provisum/arsrakningar/" + astridAccount).cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/provisum/arsrakningar/" + astridAccount + "/signera").cookie(anna).with(csrf())).andExpect(status().isNotFound());
    }
}
