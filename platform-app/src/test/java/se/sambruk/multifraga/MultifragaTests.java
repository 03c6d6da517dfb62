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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Multifråga end to end against the local SSBTEK fake: the look-up, its audit, a slow and a refusing agency, isolation. */
class MultifragaTests extends PlatformTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    SsbtekFake fake;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void resetFake() {
        fake.reset();
    }

    long ask(Cookie user, String caseId, String... sources) throws Exception {
        var request = post("/multifraga/lookups").cookie(user).with(csrf())
                .param("persons", "19900101-1239\n19850709-9805").param("caseId", caseId)
                .param("from", "2026-09-01").param("to", "2026-11-30")
                .param("purpose", "Utredning av ansökan om ekonomiskt bistånd").param("law", "11 kap. 11 § socialtjänstlagen (2001:453)");
        for (String s : sources) {
            request.param("sources", s);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Map<String, String> statesWhenDone(long id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<Map<String, Object>> rows = jdbc.queryForList("select person_index, source, state from multifraga.answer where lookup_id = ?", id);
            if (rows.stream().noneMatch(r -> "PENDING".equals(r.get("state")))) {
                Map<String, String> states = new java.util.TreeMap<>();
                rows.forEach(r -> states.put(r.get("person_index") + ":" + r.get("source"), (String) r.get("state")));
                return states;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The look-up did not finish");
    }

    @Test
    void aHouseholdLookUpWithAllAnsweringOneTimingOutAndOneRefusing() throws Exception {
        Cookie borlange = login("borlange");
        mvc.perform(get("/multifraga").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("lokal attrapp")));
        fake.delay("AF", 5000);
        fake.fail("SKV", SsbtekFake.Failure.REFUSE);
        long started = System.nanoTime();
        long id = ask(borlange, "EB-2026-0042", "AF", "CSN", "FK", "SKV", "SO", "TNS", "MIV");
        mvc.perform(get("/multifraga/lookups/" + id).cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("19900101-****")))
                .andExpect(content().string(not(containsString("19900101-1239"))));
        Map<String, String> states = statesWhenDone(id);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(states).hasSize(14);
        assertThat(states).containsEntry("0:AF", "TIMED_OUT").containsEntry("1:AF", "TIMED_OUT")
                .containsEntry("0:SKV", "REFUSED").containsEntry("0:CSN", "ANSWERED").containsEntry("1:MIV", "ANSWERED")
                .containsEntry("0:FK", "ANSWERED").containsEntry("0:TNS", "ANSWERED");
        assertThat(seconds).as("the slow agency's timeout (3 s), not the sum").isLessThan(8);
        mvc.perform(get("/multifraga/lookups/" + id).cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Svarade inte i tid")))
                .andExpect(content().string(containsString("Avvisad")))
                .andExpect(content().string(containsString("utlamnare.tillstand.kod")));
        mvc.perform(get("/multifraga/lookups/" + id + "/answers/0/CSN").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("answer-0-CSN")));
        String sealed = jdbc.queryForObject("select payload_sealed from multifraga.answer where lookup_id = ? and source = 'FK' and person_index = 0",
                String.class, id);
        assertThat(sealed).startsWith("v1:").doesNotContain("tillstand");
        assertThat(jdbc.queryForObject("select persons_sealed from multifraga.lookup where id = ?", String.class, id)).doesNotContain("199001011239");
        List<String> audit = jdbc.queryForList("select detail from core.audit_event where target_type like 'multifraga.lookup%' and target_id = ?",
                String.class, String.valueOf(id));
        assertThat(audit).anySatisfy(d -> assertThat(d).contains("syfte: Utredning av ansökan om ekonomiskt bistånd")
                .contains("lagtext: 11 kap. 11 § socialtjänstlagen (2001:453)").contains("EB-2026-0042"));
    }

    @Test
    void badInputShowsTheErrorsAndAsksNobody() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from multifraga.lookup", Long.class);
        mvc.perform(post("/multifraga/lookups").cookie(login("borlange")).with(csrf())
                        .param("persons", "19900101-1238").param("caseId", "").param("from", "2026-12-01").param("to", "2026-01-01")
                        .param("sources", "NOPE").param("purpose", "").param("law", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("inte ett giltigt personnummer")))
                .andExpect(content().string(containsString("19900101-1238")));
        assertThat(jdbc.queryForObject("select count(*) from multifraga.lookup", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysLookUpAnswers404ById() throws Exception {
        long id = ask(login("borlange"), "EB-ISO-1", "CSN");
        String username = "mf-lulea-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        accounts.createUser(username, "Handläggare Luleå", null, organisationId("Luleå"), Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
        Cookie lulea = login(username);
        mvc.perform(get("/multifraga").cookie(lulea)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("EB-ISO-1"))));
        mvc.perform(get("/multifraga/lookups/" + id).cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/lookups/" + id + "/answers/0/CSN").cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/lookups/" + id + "/answers").param("pending", "0-CSN").cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga").cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/multifraga/lookups/" + id)).andExpect(status().is3xxRedirection());
        statesWhenDone(id);
    }

    @Test
    void thePageAsksForAllItsPendingAnswersInOneRequest() throws Exception {
        Cookie borlange = login("borlange");
        long id = ask(borlange, "EB-2026-POLL", "AF", "CSN");
        statesWhenDone(id);
        // Arbetsförmedlingen's answers are made pending again, so what is pending does not depend on the machine's speed
        jdbc.update("update multifraga.answer set state = 'PENDING', payload_sealed = null, answered_at = null where lookup_id = ? and source = 'AF'", id);
        String page = mvc.perform(get("/multifraga/lookups/" + id).cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // one element asks for the pending answers; the cards do not ask one by one
        assertThat(page).contains("id=\"answers-poll\"").contains("hx-get=\"/multifraga/lookups/" + id + "/answers?pending=0-AF&amp;pending=1-AF\"")
                .doesNotContain("/answers/0/AF\"");
        Long readsBefore = jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'multifraga.lookup.answer' and target_id = ?",
                Long.class, String.valueOf(id));
        String update = mvc.perform(get("/multifraga/lookups/" + id + "/answers").param("pending", "0-AF", "0-CSN", "1-AF", "1-CSN")
                        .cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the arrived answers swap into their cards out of band; the element asks again for those still pending only
        assertThat(update).doesNotContain("<html").contains("id=\"answer-0-CSN\"").contains("id=\"answer-1-CSN\"")
                .contains("hx-swap-oob=\"true\"").contains("pending=0-AF&amp;pending=1-AF\"").doesNotContain("pending=0-CSN")
                .doesNotContain("id=\"answer-0-AF\"");
        List<String> reads = jdbc.queryForList("select detail from core.audit_event where target_type = 'multifraga.lookup.answer' and target_id = ? order by id",
                String.class, String.valueOf(id));
        assertThat(reads).hasSize(readsBefore.intValue() + 1);
        assertThat(reads.get(reads.size() - 1)).contains("CSN för person 19900101-****").contains("CSN för person 19850709-****")
                .contains("syfte: Utredning av ansökan om ekonomiskt bistånd");
        // a key that is not <person>-<source>: 400; a key the look-up does not have is left out
        mvc.perform(get("/multifraga/lookups/" + id + "/answers").param("pending", "0-AF'--").cookie(borlange)).andExpect(status().isBadRequest());
        mvc.perform(get("/multifraga/lookups/" + id + "/answers").param("pending", "9-MIV").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("hx-get"))));
        // nothing pending among those asked for: the answers, and the element no longer asks
        mvc.perform(get("/multifraga/lookups/" + id + "/answers").param("pending", "0-CSN", "1-CSN").cookie(borlange).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"answer-1-CSN\"")))
                .andExpect(content().string(containsString("id=\"answers-poll\"")))
                .andExpect(content().string(not(containsString("hx-get"))));
    }
}
