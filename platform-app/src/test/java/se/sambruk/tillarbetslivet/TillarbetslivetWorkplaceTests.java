package se.sambruk.tillarbetslivet;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workplace's side: the coordinator invites the place's supervisor by e-mail (limited), the
 * supervisor signs in with e-legitimation (the demo's test provider), joins by the link, sees only
 * their own placements, confirms a placement and its schedule with a signature, and records
 * attendance and the evaluation; another resident reaches nothing.
 */
class TillarbetslivetWorkplaceTests extends PlatformTest {

    static final String ERIK = "198507099813";
    static final String ANNA = "198507099805";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie coordinator(String username, String organisation) throws Exception {
        synchronized (TillarbetslivetWorkplaceTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Samordnare " + username, username + "@test.sambruk.se", organisationId(organisation),
                        Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theSupervisorJoinsByTheInvitationConfirmsWithASignatureAndRecordsAttendanceAndTheEvaluation() throws Exception {
        Cookie gagnef = coordinator("tal.gagnef", "Gagnef");
        long org = organisationId("Gagnef");
        long place = idFrom(mvc.perform(post("/tillarbetslivet/places").cookie(gagnef).with(csrf())
                        .param("code", "G1").param("workplace", "Gagnefs bageri").param("trade", "Bageri").param("address", "Ugnsvägen 1")
                        .param("seats", "2").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19")
                        .param("minAge", "14").param("supervisor", "Erik Provare").param("supervisorEmail", "bageriet@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                "skola;klass;namn;årskurs;val1\nGagnefskolan;8A;Siv Sökande;8;G1\n".getBytes(StandardCharsets.UTF_8))).cookie(gagnef).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ?", Long.class, org);
        long pupil = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ?", Long.class, org);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(gagnef).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "PRAO").param("name", "Prao v. 10").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        long placement = idFrom(mvc.perform(post("/tillarbetslivet/pupils/" + pupil + "/placements").cookie(gagnef).with(csrf())
                        .param("periodId", String.valueOf(period)).param("placeId", String.valueOf(place)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(gagnef).with(csrf())
                .param("schedule", "2027-03-08 08:00-15:00\n2027-03-09 08:00-15:00\n")).andExpect(status().is3xxRedirection());

        // the invitation: a bad address is refused at the field; a good one mails a link with a token
        mvc.perform(post("/tillarbetslivet/places/" + place + "/invite").cookie(gagnef).with(csrf()).param("email", "inte en adress"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skriv en giltig e-postadress")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.workplace where organisation_id = ?", Integer.class, org)).isZero();
        mvc.perform(post("/tillarbetslivet/places/" + place + "/invite").cookie(gagnef).with(csrf()).param("email", "bageriet@example.se"))
                .andExpect(status().is3xxRedirection());
        String token = tokenMailedTo("bageriet@example.se");
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inbjudan skickad till bageriet@example.se")));

        // the same recipient at most three times a day (from an address the tests do not exempt)
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/tillarbetslivet/places/" + place + "/invite").cookie(gagnef).with(csrf()).param("email", "flood@example.se")
                    .with(r -> { r.setRemoteAddr("10.20.30.40"); return r; })).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/tillarbetslivet/places/" + place + "/invite").cookie(gagnef).with(csrf()).param("email", "flood@example.se")
                        .with(r -> { r.setRemoteAddr("10.20.30.40"); return r; }))
                .andExpect(status().is(429)).andExpect(content().string(containsString("För många inbjudningar")));
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = 'flood@example.se'", Integer.class)).isEqualTo(3);
        token = tokenMailedTo("flood@example.se"); // the newest invitation replaces the earlier links

        // the supervisor signs in with e-legitimation and joins; before that they see nothing
        Cookie erik = ResidentFlow.signIn(mvc, ERIK);
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("inte handledare"))).andExpect(content().string(not(containsString("Siv"))));
        mvc.perform(get("/e-tjanster/tillarbetslivet/placeringar/" + placement).cookie(erik)).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet/inbjudan/" + token).cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gagnefs bageri")));
        mvc.perform(get("/e-tjanster/tillarbetslivet/inbjudan/inte-en-inbjudan").cookie(erik)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/inbjudan/" + token).cookie(erik).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Siv Sökande")));
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Handledare: Erik")));

        // another resident: the used link is gone and the placement answers 404
        Cookie anna = ResidentFlow.signIn(mvc, ANNA);
        mvc.perform(post("/e-tjanster/tillarbetslivet/inbjudan/" + token).cookie(anna).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet/placeringar/" + placement).cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/narvaro").cookie(anna).with(csrf())
                .param("day", "2027-03-08").param("status", "ABSENT")).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/omdome").cookie(anna).with(csrf())
                .param("punctuality", "SELDOM").param("interest", "1")).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/bekrafta").cookie(anna).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(anna)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Siv"))));

        // the supervisor's page: attendance and the evaluation, written in the supervisor's name
        mvc.perform(get("/e-tjanster/tillarbetslivet/placeringar/" + placement).cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta med e-legitimation")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.placement' and target_id = ? "
                + "and actor like 'invånare #%' and action = 'PERSONAL_DATA_READ'", Integer.class, String.valueOf(placement))).isPositive();
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/narvaro").cookie(erik).with(csrf())
                .param("day", "2027-03-08", "2027-03-09").param("status", "PRESENT", "ABSENT_REPORTED")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/omdome").cookie(erik).with(csrf()).param("interest", "4"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("punctuality-error")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/omdome").cookie(erik).with(csrf())
                .param("punctuality", "MOSTLY").param("interest", "4").param("comment", "Siv bakade bullar.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select written_by from tillarbetslivet.evaluation where placement_id = ?", String.class, placement))
                .startsWith("Erik");
        assertThat(jdbc.queryForObject("select attendance from tillarbetslivet.schedule_day where placement_id = ? and day = '2027-03-09'",
                String.class, placement)).isEqualTo("ABSENT_REPORTED");

        // the confirmation: signed with e-legitimation, seen by the coordinator, void once the schedule changes
        ResidentFlow flow = new ResidentFlow(mvc, erik);
        String signingPage = flow.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/bekrafta").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(flow.perform(get(signingPage)).getContentAsString()).contains("Placering av Siv");
        MockHttpServletResponse toProvider = flow.perform(get(signingPage + "/e-legitimation"));
        MockHttpServletResponse back = flow.answer(flow.choose(URI.create(toProvider.getRedirectedUrl()), ERIK));
        assertThat(back.getRedirectedUrl()).startsWith("/e-tjanster/tillarbetslivet/placeringar/" + placement + "?signatur=");
        assertThat(flow.perform(get("/e-tjanster/tillarbetslivet/placeringar/" + placement)).getContentAsString()).contains("Signerad av");
        mvc.perform(get("/tillarbetslivet/placements/" + placement).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Signerad av")));
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(gagnef).with(csrf())
                .param("schedule", "2027-03-08 08:00-14:00\n2027-03-09 08:00-15:00\n")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/tillarbetslivet/placements/" + placement).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Signerad av"))))
                .andExpect(content().string(containsString("har inte bekräftat placeringen")));

        // staff never reach the e-service
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(gagnef)).andExpect(status().isForbidden());

        // the coordinator removes the supervisor: from their next request on they reach neither the placement nor the pupil
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta bort handledaren")));
        mvc.perform(post("/tillarbetslivet/places/" + place + "/supervisor/remove").cookie(gagnef).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "tal.supervisor.removed"));
        mvc.perform(get("/e-tjanster/tillarbetslivet/placeringar/" + placement).cookie(erik)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/placeringar/" + placement + "/narvaro").cookie(erik).with(csrf())
                .param("day", "2027-03-08").param("status", "ABSENT")).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(erik)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Siv"))));
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Handledare: Erik"))));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.workplace' and detail like 'supervisor removed%'",
                Integer.class)).isPositive();
    }

    @Test
    void thePublicPageForWorkplacesIsLinkedFromTheStartPageAndCitesTheRules() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/prao\"")));
        mvc.perform(get("/prao")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Så erbjuder ni en plats")))
                .andExpect(content().string(containsString("skollagen (2010:800) 10 kap. 8 a §")))
                .andExpect(content().string(containsString("AFS 2012:3")));
    }

    private String tokenMailedTo(String address) {
        String body = jdbc.queryForObject("select body from core.outgoing_mail where recipient = ? order by id desc limit 1", String.class, address);
        Matcher link = Pattern.compile("/e-tjanster/tillarbetslivet/inbjudan/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }
}
