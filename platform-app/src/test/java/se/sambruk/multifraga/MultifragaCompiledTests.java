package se.sambruk.multifraga;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.multifraga.sources.SsbtekFake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The compiled view and its PDF, report types and protected identity, end to end against the local SSBTEK fake. */
class MultifragaCompiledTests extends PlatformTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    SsbtekFake fake;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void resetFake() {
        fake.reset();
    }

    long ask(Cookie user, String persons, String caseId, String... sources) throws Exception {
        var request = post("/multifraga/lookups").cookie(user).with(csrf())
                .param("persons", persons).param("caseId", caseId)
                .param("from", "2026-09-01").param("to", "2026-11-30")
                .param("purpose", "Utredning av ansökan om ekonomiskt bistånd").param("law", "11 kap. 11 § socialtjänstlagen (2001:453)");
        for (String s : sources) {
            request.param("sources", s);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 200; i++) {
            List<Map<String, Object>> rows = jdbc.queryForList("select state from multifraga.answer where lookup_id = ?", id);
            if (rows.stream().noneMatch(r -> "PENDING".equals(r.get("state")))) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The look-up did not finish");
    }

    String caseworker(Set<String> roles) {
        String username = "mf-borlange-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        accounts.createUser(username, "Handläggare Borlänge", null, organisationId("Borlänge"), roles, DEMO_PASSWORD);
        return username;
    }

    @Test
    void theCompiledViewSumsPerPersonAndMonthAndNamesTheSourceThatRefused() throws Exception {
        Cookie borlange = login("borlange");
        fake.fail("SKV", SsbtekFake.Failure.REFUSE);
        long id = ask(borlange, "19900101-1239\n19850709-9805", "EB-SAMMAN-1", "FK", "SO", "SKV");
        String page = mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning").cookie(borlange))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sjukpenning")))
                .andExpect(content().string(containsString("Bostadsbidrag")))
                .andExpect(content().string(containsString("9\u00a0200\u00a0kr")))
                .andExpect(content().string(containsString("2\u00a0760\u00a0kr")))
                .andExpect(content().string(containsString("Ofullständig – källor saknas")))
                .andExpect(content().string(containsString("Avvisad")))
                .andExpect(content().string(containsString("utanför perioden")))
                .andExpect(content().string(not(containsString("19900101-1239"))))
                .andReturn().getResponse().getContentAsString();
        // the household's September: two persons × (9 200 + 1 850) gross, × (2 760 + 0) tax, × (6 440 + 1 850) net;
        // the unemployment fund's payment concerns 2013 and is listed apart, never summed
        assertThat(page).contains("22\u00a0100\u00a0kr").contains("5\u00a0520\u00a0kr").contains("16\u00a0580\u00a0kr")
                .doesNotContain("Alla källor svarade");
        var pdf = mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning/pdf").cookie(borlange))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("sammanstallning-EB-SAMMAN-1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        List<String> audit = jdbc.queryForList("select detail from core.audit_event where target_type = 'multifraga.lookup.compiled' and target_id = ?",
                String.class, String.valueOf(id));
        assertThat(audit).anySatisfy(d -> assertThat(d).startsWith("sammanställning, ärende EB-SAMMAN-1").contains("lagtext: 11 kap. 11 §"));
        // the download is audited by the core's Downloads (no target id; the look-up named in the detail)
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'multifraga.lookup.compiled' and target_id is null",
                String.class)).anySatisfy(d -> assertThat(d).contains("förfrågan " + id + ",").contains("sammanstallning-EB-SAMMAN-1.pdf"));
    }

    @Test
    void aProtectedPersonsAddressIsWithheldAndThePageMarkedUnlessTheRoleHasTheReportType() throws Exception {
        Cookie borlange = login("borlange");
        long id = ask(borlange, "19730816-9825\n19900101-1239", "EB-SKYDD-1", "FK", "AF");
        assertThat(jdbc.queryForObject("select protected_identity from multifraga.lookup where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(get("/multifraga/lookups/" + id).cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"protected-identity\"")))
                .andExpect(content().string(containsString("Adressuppgifter visas inte")))
                .andExpect(content().string(containsString("78431")));  // the other person's address is shown
        String body = mvc.perform(get("/multifraga/lookups/" + id + "/answers/0/FK").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Påhittade gatan").doesNotContain("78431").contains("Adressuppgifter visas inte");
        mvc.perform(get("/multifraga").cookie(borlange)).andExpect(content().string(containsString("Skyddad identitet")));

        Cookie protectedRole = login(caseworker(Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_PROTECTED)));
        String shown = mvc.perform(get("/multifraga/lookups/" + id + "/answers/0/FK").cookie(protectedRole).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Påhittade gatan 12").doesNotContain("Adressuppgifter visas inte");
        mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning").cookie(protectedRole))
                .andExpect(content().string(containsString("Skyddad identitet")));
    }

    /**
     * The page fills in with htmx: the fragment of the answer that shows protected identity also
     * puts the page's notice and the person's mark in place and shows the person's other answers
     * again with the address withheld (out-of-band swaps), so nobody has to open the page again.
     */
    @Test
    void theAnswerThatRevealsProtectedIdentityBringsTheNoticeWithIt() throws Exception {
        Cookie borlange = login("borlange");
        long id = ask(borlange, "19900101-1239\n19730816-9825", "EB-SKYDD-HTMX", "AF", "FK");
        String revealing = mvc.perform(get("/multifraga/lookups/" + id + "/answers/1/AF").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealing).contains("id=\"answer-1-AF\"")
                .contains("id=\"protected-identity-slot\" aria-live=\"polite\" hx-swap-oob=\"true\"")
                .contains("id=\"protected-identity\"").contains("Minst en person i förfrågan har skyddad identitet")
                .contains("id=\"protected-mark-1\" hx-swap-oob=\"true\"").doesNotContain("id=\"protected-mark-0\"");
        // the person's Försäkringskassan answer, already on the page, comes again without the address
        assertThat(revealing).contains("id=\"answer-1-FK\"").contains("Adressuppgifter visas inte")
                .doesNotContain("Påhittade gatan").doesNotContain("78431").doesNotContain("id=\"answer-0-FK\"");
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'multifraga.lookup.answer' and target_id = ?",
                String.class, String.valueOf(id))).anySatisfy(d -> assertThat(d).startsWith("AF för person 19730816-****")
                .contains("visade om (skyddad identitet): FK"));

        // the other person's answer: the notice comes along (the look-up has a protected person), nothing else is shown again
        String other = mvc.perform(get("/multifraga/lookups/" + id + "/answers/0/FK").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("78431").contains("hx-swap-oob=\"true\"").doesNotContain("id=\"answer-1-FK\"");

        // a look-up without protected identity: no out-of-band parts
        long plain = ask(borlange, "19900101-1239", "EB-UTAN-SKYDD", "AF", "FK");
        mvc.perform(get("/multifraga/lookups/" + plain + "/answers/0/FK").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("78431")))
                .andExpect(content().string(not(containsString("hx-swap-oob"))))
                .andExpect(content().string(not(containsString("protected-identity"))));
    }

    /** CSN's payment plan counts in the months it pays for; the home equipment loan and Skatteverket's yearly capital income are shown, never summed. */
    @Test
    void csnsPaymentsCountAndWhatIsNotIncomeIsShownApart() throws Exception {
        Cookie borlange = login("borlange");
        long id = ask(borlange, "19900101-1239", "EB-CSN-1", "CSN", "SKV");
        String page = mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning").cookie(borlange))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // September: grant 3 524 + loan 8 604 = 12 128 kr; the home equipment loan of 15 000 kr is listed but not summed
        assertThat(page).contains("CSN: Studiemedel bidrag").contains("CSN: Studiemedel lån")
                .contains("CSN: Hemutrustningslån").contains("hemutrustningslån, för bosättningen – räknas inte som inkomst")
                .contains("12\u00a0128\u00a0kr").doesNotContain("27\u00a0128\u00a0kr");
        // Skatteverket's capital income for taxation year 2001: listed per year, not in any month
        assertThat(page).contains("Årsuppgifter från beskattningen").contains("Kapitalinkomst: summa intäkter")
                .contains("12\u00a0345\u00a0kr").contains("666\u00a0kr").contains("2001");
        assertThat(page).contains("Alla källor svarade");
        var pdf = mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning/pdf").cookie(borlange))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theCompiledViewOfAnotherMunicipalityAnswers404() throws Exception {
        long id = ask(login("borlange"), "19900101-1239", "EB-ISO-2", "FK");
        String username = "mf-lulea-c-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        accounts.createUser(username, "Handläggare Luleå", null, organisationId("Luleå"), Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
        Cookie lulea = login(username);
        mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning").cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning/pdf").cookie(lulea)).andExpect(status().isNotFound());
    }
}
