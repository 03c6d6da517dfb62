package se.sambruk.multifraga;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.retention.Retention;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Retention of the answers through the core's rule, decisions in a case, and the follow-up report for the log review. */
class MultifragaFollowUpTests extends PlatformTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Retention retention;
    @Autowired
    UserAccounts accounts;

    long ask(Cookie user, String caseId) throws Exception {
        String location = mvc.perform(post("/multifraga/lookups").cookie(user).with(csrf())
                        .param("persons", "19900101-1239").param("caseId", caseId).param("from", "2026-09-01").param("to", "2026-11-30")
                        .param("purpose", "Utredning av ansökan om ekonomiskt bistånd").param("law", "11 kap. 11 § socialtjänstlagen (2001:453)")
                        .param("sources", "CSN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
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

    String user(String municipality, Set<String> roles) {
        String username = "mf-f-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        accounts.createUser(username, "Granskare " + username, null, organisationId(municipality), roles, DEMO_PASSWORD);
        return username;
    }

    @Test
    void theRetentionRuleDeletesOldAnswersAndKeepsTheLog() throws Exception {
        Cookie borlange = login("borlange");
        long old = ask(borlange, "EB-GALLRA-1");
        long recent = ask(borlange, "EB-GALLRA-2");
        jdbc.update("update multifraga.lookup set asked_at = now() - interval '100 days' where id = ?", old);
        RetentionRule rule = retention.rule("multifraga.answers").orElseThrow();
        long org = organisationId("Borlänge");
        assertThat(retention.keepDays(rule, org)).isEqualTo(90);
        RetentionPreview preview = retention.preview(rule, org, 1000);
        assertThat(preview.items()).extracting(RetentionPreview.Item::reference).contains("förfrågan " + old).doesNotContain("förfrågan " + recent);

        Retention.Run run = retention.run(rule, "test");
        assertThat(run.error()).isNull();
        assertThat(run.perOrganisation().get(org)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from multifraga.answer where lookup_id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from multifraga.answer where lookup_id = ?", Long.class, recent)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from multifraga.lookup where id = ? and results_deleted_at is not null", Long.class, old)).isOne();
        assertThat(retention.preview(rule, org, 1000).items()).extracting(RetentionPreview.Item::reference).doesNotContain("förfrågan " + old);
        mvc.perform(get("/multifraga/lookups/" + old).cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results-deleted\"")));
        assertThat(retention.log(rule, org, 10)).isNotEmpty();
    }

    @Test
    void aDecisionIsRecordedWithItsChecksAndTheReviewShowsLookUpsWithoutOne() throws Exception {
        Cookie borlange = login("borlange");
        String decided = "EB-BESLUT-" + System.nanoTime();
        String undecided = "EB-UTAN-" + System.nanoTime();
        long withDecision = ask(borlange, decided);
        long without = ask(borlange, undecided);
        Long before = jdbc.queryForObject("select count(*) from multifraga.case_decision", Long.class);
        mvc.perform(post("/multifraga/lookups/" + withDecision + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "MAYBE").param("decidedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj beslut.")))
                .andExpect(content().string(containsString("Beslutsdatum kan inte ligga i framtiden.")));
        assertThat(jdbc.queryForObject("select count(*) from multifraga.case_decision", Long.class)).isEqualTo(before);
        mvc.perform(post("/multifraga/lookups/" + withDecision + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "PARTLY").param("decidedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/multifraga/lookups/" + withDecision).cookie(borlange)).andExpect(content().string(containsString("Delvis beviljat")));

        String reviewer = user("Borlänge", Set.of(MultifragaModule.MF_REVIEWER));
        Cookie review = login(reviewer);
        String page = mvc.perform(get("/multifraga/uppfoljning").cookie(review)
                        .param("from", LocalDate.now().minusDays(1).toString()).param("to", LocalDate.now().toString()).param("sample", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förfrågningar per handläggare")))
                .andReturn().getResponse().getContentAsString();
        String withoutSection = page.substring(page.indexOf("id=\"without-decision\""));
        assertThat(withoutSection).contains(undecided).doesNotContain(decided);
        assertThat(page.substring(page.indexOf("id=\"sample-heading\""), page.indexOf("id=\"without-decision\""))).contains(decided).contains(undecided);
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'multifraga.logreview'", String.class))
                .anySatisfy(d -> assertThat(d).startsWith("logguppföljning"));

        String csv = mvc.perform(get("/multifraga/uppfoljning/export").cookie(review)
                        .param("from", LocalDate.now().minusDays(1).toString()).param("to", LocalDate.now().toString()).param("format", "csv"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(decided + ";").contains(undecided + ";").contains("19900101-****").doesNotContain("199001011239");
        mvc.perform(get("/multifraga/uppfoljning/export").cookie(review)
                        .param("from", LocalDate.now().minusDays(1).toString()).param("to", LocalDate.now().toString()).param("format", "xlsx"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get("/multifraga/uppfoljning/export").cookie(review).param("from", "igår").param("to", "idag"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/multifraga/uppfoljning").cookie(review).param("from", "2026-12-01").param("to", "2025-01-01").param("sample", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Perioden slutar innan den börjar.")))
                .andExpect(content().string(containsString("Stickprovet ska vara 1–100 förfrågningar.")));
    }

    @Test
    void theReviewIsForReviewersAndShowsOnlyTheirOwnMunicipality() throws Exception {
        String code = "EB-ISO-REVIEW-" + System.nanoTime();
        ask(login("borlange"), code);
        Cookie caseworkerOnly = login(user("Borlänge", Set.of(MultifragaModule.MF_CASEWORKER)));
        mvc.perform(get("/multifraga/uppfoljning").cookie(caseworkerOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/multifraga/uppfoljning").cookie(login(user("Borlänge", Set.of(MultifragaModule.MF_REVIEWER)))))
                .andExpect(status().is3xxRedirection());
        Cookie lulea = login(user("Luleå", Set.of(MultifragaModule.MF_REVIEWER)));
        mvc.perform(get("/multifraga/uppfoljning").cookie(lulea).param("from", LocalDate.now().minusDays(1).toString())
                        .param("to", LocalDate.now().toString()).param("sample", "100"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/multifraga/uppfoljning/export").cookie(lulea).param("from", LocalDate.now().minusDays(1).toString())
                        .param("to", LocalDate.now().toString()).param("format", "csv"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));
    }
}
