package se.sambruk.uka;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The young person's own page end to end: signed in with the demo's test e-legitimation, Nora (in
 * Borlänge's register, page turned on) sees her plan, actions, booked meeting and contact person and
 * asks to be contacted; the caseworker is notified and sees the request. A resident sees only their
 * own record, only in municipalities that turned the page on.
 */
class UkaYoungPersonPageTests extends PlatformTest {

    static final String NORA = "200904159829";
    static final String ANNA = "198507099805";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    long nora() {
        return jdbc.queryForObject("select id from uka.young_person where organisation_id = ? and personnummer = ?", Long.class,
                organisationId("Borlänge"), NORA);
    }

    @Test
    void noraSeesHerPlanAndAsksToBeContactedAndTheCaseworkerIsToldAndHandlesIt() throws Exception {
        long borlange = organisationId("Borlänge");
        long nora = nora();
        jdbc.update("delete from uka.contact_request where person_id = ?", nora);
        Cookie session = ResidentFlow.signIn(mvc, NORA);
        String someoneElse = jdbc.queryForObject("select name from uka.young_person where organisation_id = ? and id <> ? order by id limit 1",
                String.class, borlange, nora);
        long read = jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.person' and target_id = ? and actor like 'invånare #%' "
                + "and action = 'PERSONAL_DATA_READ'", Long.class, String.valueOf(nora));
        mvc.perform(get("/e-tjanster/uka").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hej Nora Ungdomsson")))
                .andExpect(content().string(containsString("söka vård- och omsorgsprogrammet")))
                .andExpect(content().string(containsString("Praktik")))
                .andExpect(content().string(containsString("Möte på Ungdomsporten")))
                .andExpect(content().string(containsString("0243-740 00")))
                .andExpect(content().string(containsString("Du kan skicka 3 till i dag")))
                .andExpect(content().string(not(containsString(someoneElse))))
                .andExpect(content().string(not(containsString("Vill prova praktik inom vården")))); // the contact log's notes are the caseworker's
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.person' and target_id = ? and actor like 'invånare #%' "
                + "and action = 'PERSONAL_DATA_READ'", Long.class, String.valueOf(nora))).isEqualTo(read + 1);

        // an empty message: inline, nothing stored
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(session).with(csrf()).param("message", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(jdbc.queryForObject("select count(*) from uka.contact_request where person_id = ?", Long.class, nora)).isZero();

        long caseworker = userId("borlange");
        String link = "/uka/personer/" + nora + "#kontaktonskemal";
        long notices = jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Long.class, caseworker, link);
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(session).with(csrf()).param("message", "Kan du ringa mig om praktiken?"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Long.class, caseworker, link))
                .isEqualTo(notices + 1);
        // the notice names nobody and quotes nothing
        String body = jdbc.queryForObject("select subject || ' ' || body from core.user_notification where user_id = ? and link = ? order by id desc limit 1",
                String.class, caseworker, link);
        assertThat(body).doesNotContain("Nora").doesNotContain("praktiken");

        // the caseworker sees it on the overview and the person's page, and marks it done
        Cookie bo = login("borlange");
        mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Kan du ringa mig om praktiken?")));
        mvc.perform(get("/uka/personer/" + nora).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kan du ringa mig om praktiken?")));
        long request = jdbc.queryForObject("select id from uka.contact_request where person_id = ?", Long.class, nora);
        mvc.perform(post("/uka/personer/" + nora + "/kontaktonskemal/" + request + "/klar").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Kan du ringa mig om praktiken?"))));
        mvc.perform(post("/uka/personer/" + nora + "/kontaktonskemal/" + request + "/klar").cookie(bo).with(csrf())).andExpect(status().isNotFound());

        // three a day: the fourth is refused with a message, nothing stored
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(session).with(csrf()).param("message", "Två")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(session).with(csrf()).param("message", "Tre")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(session).with(csrf()).param("message", "Fyra"))
                .andExpect(status().isTooManyRequests()).andExpect(content().string(containsString("redan bett om kontakt 3 gånger i dag")));
        assertThat(jdbc.queryForObject("select count(*) from uka.contact_request where person_id = ?", Long.class, nora)).isEqualTo(3);

        // a booked meeting set on the caseworker's page shows on hers
        mvc.perform(post("/uka/personer/" + nora + "/uppfoljningar").cookie(bo).with(csrf()).param("due", java.time.LocalDate.now().plusDays(3).toString())
                .param("note", "Träffas på biblioteket").param("meeting", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/uka/personer/" + nora + "/uppfoljningar").cookie(bo).with(csrf()).param("due", java.time.LocalDate.now().plusDays(4).toString())
                .param("note", "Internt: kolla med skolan")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/uka").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Träffas på biblioteket")))
                .andExpect(content().string(not(containsString("Internt: kolla med skolan"))))
                .andExpect(content().string(containsString("Du kan skicka 0 till i dag")));
    }

    @Test
    void aResidentSeesOnlyTheirOwnRecordAndOnlyWhereTheMunicipalityTurnedThePageOn() throws Exception {
        long nora = nora();
        long hedemora = organisationId("Hedemora");
        jdbc.update("delete from uka.young_person where organisation_id = ? and personnummer = ?", hedemora, ANNA);
        jdbc.update("delete from uka.setting where organisation_id = ?", hedemora);
        Cookie anna = ResidentFlow.signIn(mvc, ANNA);
        // not in any register: a plain message
        mvc.perform(get("/e-tjanster/uka").cookie(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi hittar ingen plan för dig")))
                .andExpect(content().string(not(containsString("Nora"))));
        // in Hedemora's register, which has not turned the page on: still nothing
        long annasRecord = jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name, covered) values (?, ?, 'Anna i Hedemora', true) "
                + "returning id", Long.class, hedemora, ANNA);
        jdbc.update("insert into uka.plan (person_id, organisation_id, goal) values (?, ?, 'Hedemoras hemliga mål')", annasRecord, hedemora);
        mvc.perform(get("/e-tjanster/uka").cookie(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi hittar ingen plan för dig")))
                .andExpect(content().string(not(containsString("Hedemoras hemliga mål"))));
        mvc.perform(post("/e-tjanster/uka/" + annasRecord + "/kontakta-mig").cookie(anna).with(csrf()).param("message", "Hej"))
                .andExpect(status().isNotFound());
        // Hedemora's caseworker turns it on: Anna sees her own record, never Nora's
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(UkaPagesTests.HEDEMORA_CASEWORKER)) {
                accounts.createUser(UkaPagesTests.HEDEMORA_CASEWORKER, "Hanna Handläggare", null, hedemora, Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        Cookie hanna = login(UkaPagesTests.HEDEMORA_CASEWORKER);
        mvc.perform(post("/uka/installningar").cookie(hanna).with(csrf()).param("residentPage", "true").param("teamEmail", "inte-en-adress"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from uka.setting where organisation_id = ?", Long.class, hedemora)).isZero();
        mvc.perform(post("/uka/installningar").cookie(hanna).with(csrf()).param("residentPage", "true").param("teamPhone", "0225-340 00"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/uka").cookie(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hedemoras hemliga mål")))
                .andExpect(content().string(containsString("0225-340 00")))
                .andExpect(content().string(not(containsString("Nora"))));
        // another's record by id: 404, nothing stored
        long requests = jdbc.queryForObject("select count(*) from uka.contact_request", Long.class);
        mvc.perform(post("/e-tjanster/uka/" + nora + "/kontakta-mig").cookie(anna).with(csrf()).param("message", "Hej"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from uka.contact_request", Long.class)).isEqualTo(requests);
        // Hedemora's caseworker cannot mark Borlänge's requests
        jdbc.update("insert into uka.contact_request (organisation_id, person_id, message) values (?, ?, 'Borlänges')", organisationId("Borlänge"), nora);
        long borlangesRequest = jdbc.queryForObject("select max(id) from uka.contact_request where person_id = ?", Long.class, nora);
        mvc.perform(post("/uka/personer/" + nora + "/kontaktonskemal/" + borlangesRequest + "/klar").cookie(hanna).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select handled_at is null from uka.contact_request where id = ?", Boolean.class, borlangesRequest)).isTrue();
        // turned off again: nothing
        mvc.perform(post("/uka/installningar").cookie(hanna).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/uka").cookie(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi hittar ingen plan för dig")));
        // staff never see the resident pages
        mvc.perform(get("/e-tjanster/uka").cookie(login("borlange"))).andExpect(status().isForbidden());
    }
}
