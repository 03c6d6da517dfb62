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
import se.sambruk.core.retention.Retention;
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
    Retention retention;
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
        // (the resident isolation sweep keeps a workplace of its own in Gagnef: count only this place's)
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.workplace w where organisation_id = ? and exists "
                + "(select 1 from tillarbetslivet.place p where p.id = ? and p.workplace_id = w.id)", Integer.class, org, place)).isZero();
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

    static final String NORA = "200904159829"; // born 15 April 2009: 17 when the period starts

    long place(Cookie coordinator, String code, String workplace, String trade, String area, String startsOn, String endsOn, int minAge)
            throws Exception {
        return idFrom(mvc.perform(post("/tillarbetslivet/places").cookie(coordinator).with(csrf())
                        .param("code", code).param("workplace", workplace).param("trade", trade).param("address", "Gatan 1").param("area", area)
                        .param("seats", "2").param("startsOn", startsOn).param("endsOn", endsOn)
                        .param("minAge", String.valueOf(minAge)).param("supervisor", "Handledare").param("supervisorEmail", "h@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** s9-tal-a: a pupil signed in with e-legitimation ranks their own choices while the period's window is open. */
    @Test
    void aPupilRanksTheirOwnChoicesWhileThePeriodsWindowIsOpen() throws Exception {
        Cookie savsjo = coordinator("tal.savsjo", "Sävsjö");
        long org = organisationId("Sävsjö");
        long library = place(savsjo, "S1", "Sävsjö bibliotek", "Bibliotek", "Centrum", "2027-03-08", "2027-03-12", 13);
        long garage = place(savsjo, "S2", "Verkstaden Vrigstad", "Fordon", "Vrigstad", "2027-03-15", "2027-03-19", 14);
        long may = place(savsjo, "S3", "Majbageriet", "Bageri", "Centrum", "2027-05-03", "2027-05-07", 14);
        long adults = place(savsjo, "S4", "Sågverket", "Industri", "Hylletofta", "2027-03-08", "2027-03-19", 18);
        long shop = place(savsjo, "S5", "Butiken", "Handel", "Centrum", "2027-03-08", "2027-03-19", 13);
        long other = place(coordinator("tal.vetlanda", "Vetlanda"), "V1", "Vetlanda vårdcentral", "Vård", "Centrum", "2027-03-08",
                "2027-03-19", 13);

        // the class list carries the personnummer (only its keyed hash is kept); a bad one refuses the file
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        "skola;klass;namn;årskurs;personnummer\nSävsjöskolan;8A;Nora Ungdomsson;8;20090415-9828\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(savsjo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("personnummer")));
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        ("skola;klass;namn;årskurs;personnummer;val1\nSävsjöskolan;8A;Nora Ungdomsson;8;20090415-9829;\n"
                                + "Sävsjöskolan;8B;Erik Klasskamrat;8;19850709-9813;S1\n").getBytes(StandardCharsets.UTF_8)))
                        .cookie(savsjo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ? and person_hash is not null "
                + "and person_hash not like '%9829%'", Integer.class, org)).isEqualTo(2);
        long nora = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Nora Ungdomsson'", Long.class, org);
        long erik = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Erik Klasskamrat'", Long.class, org);
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ?", Long.class, org);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(savsjo).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "PRAO").param("name", "Prao v. 10–11").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());

        // a resident who is no pupil sees a clear message and nothing else
        Cookie anna = ResidentFlow.signIn(mvc, ANNA);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Du finns inte som elev"))).andExpect(content().string(not(containsString("Sävsjö"))));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(anna).with(csrf()).param("val", String.valueOf(library))
                .param("atgard", "spara")).andExpect(status().isNotFound()).andExpect(content().string(containsString("Du finns inte som elev")));

        // the window is closed by default: nothing can be saved
        Cookie pupil = ResidentFlow.signIn(mvc, NORA);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hej Nora Ungdomsson"))).andExpect(content().string(containsString("inte öppet")))
                .andExpect(content().string(not(containsString("Spara valen"))));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("val", String.valueOf(library))
                .param("atgard", "spara")).andExpect(status().isConflict()).andExpect(content().string(containsString("Valet är stängt")));
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ?", Long.class, nora)).isEmpty();

        // the coordinator opens it with at most three choices; a bad maximum is refused at its field; another municipality gets 404
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(savsjo).with(csrf()).param("open", "true").param("maxChoices", "99"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("mellan 1 och 10")));
        Cookie vetlanda = coordinator("tal.vetlanda", "Vetlanda");
        mvc.perform(get("/tillarbetslivet/periods/" + period + "/val").cookie(vetlanda)).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(vetlanda).with(csrf()).param("open", "false").param("maxChoices", "6"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(savsjo).with(csrf()).param("open", "true").param("maxChoices", "3"))
                .andExpect(status().is3xxRedirection());

        // the place bank of the period, searched by trade; another municipality's places never appear
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sävsjö bibliotek"))).andExpect(content().string(containsString("Verkstaden Vrigstad")))
                .andExpect(content().string(not(containsString("Majbageriet")))).andExpect(content().string(not(containsString("Vetlanda vårdcentral"))))
                .andExpect(content().string(containsString("Inom så här många km")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("yrke", "fordon"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Verkstaden Vrigstad")))
                .andExpect(content().string(not(containsString("Sävsjö bibliotek"))));

        // adding and moving change the draft, not what is saved
        String added = mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf())
                        .param("val", String.valueOf(library)).param("atgard", "lagg-till-" + garage))
                .andExpect(status().isOk()).andExpect(content().string(containsString("inte sparad"))).andReturn().getResponse().getContentAsString();
        assertThat(added.indexOf("value=\"" + library + "\"")).isLessThan(added.indexOf("value=\"" + garage + "\""));
        String moved = mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf())
                        .param("val", String.valueOf(library), String.valueOf(garage)).param("atgard", "upp-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(moved.indexOf("value=\"" + garage + "\"")).isLessThan(moved.indexOf("value=\"" + library + "\""));
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ?", Long.class, nora)).isEmpty();

        // the rules, each at its choice with the rule cited; nothing is saved
        String[][] refused = {
                {String.valueOf(library), String.valueOf(library), "Samma plats kan bara väljas en gång"},
                {String.valueOf(may), "", "inte öppen under perioden"},
                {String.valueOf(adults), "", "från 18 år (platsens åldersgräns); du är 17 år"},
                {String.valueOf(other), "", "finns inte bland kommunens platser"},
                {"inte-ett-tal", "", "finns inte bland kommunens platser"}};
        for (String[] r : refused) {
            mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("val", r[0], r[1]).param("atgard", "spara"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString(r[2])))
                    .andExpect(content().string(containsString("id=\"val-")));
        }
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf())
                        .param("val", String.valueOf(library), String.valueOf(garage), String.valueOf(shop), String.valueOf(adults)).param("atgard", "spara"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("högst 3 platser")));
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ?", Long.class, nora)).isEmpty();

        // saved whole, by the pupil; a pupil id in the request reaches nobody else: the classmate's choices stay the coordinator's
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("pupil", String.valueOf(erik))
                        .param("val", String.valueOf(garage), String.valueOf(library)).param("atgard", "spara"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ? and by_pupil order by rank", Long.class, nora))
                .containsExactly(garage, library);
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ? and not by_pupil", Long.class, erik))
                .containsExactly(library);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dina val är sparade"))).andExpect(content().string(not(containsString("Erik"))));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.pupil' and target_id = ? "
                + "and actor like 'invånare #%' and action = 'PERSONAL_DATA_READ'", Integer.class, String.valueOf(nora))).isPositive();
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(ResidentFlow.signIn(mvc, ERIK))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hej Erik Klasskamrat"))).andExpect(content().string(not(containsString("Nora"))));

        // the coordinator sees who made the choices and how many pupils lack enough; another municipality does not
        mvc.perform(get("/tillarbetslivet/periods/" + period + "/val").cookie(savsjo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Elever som ännu inte har minst 3 val: 2")))
                .andExpect(content().string(containsString("<td>eleven</td>"))).andExpect(content().string(containsString("<td>samordnaren</td>")));

        // closed again: saving is refused; once placed, the pupil sees the place instead
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(savsjo).with(csrf()).param("open", "false").param("maxChoices", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("val", String.valueOf(library))
                .param("atgard", "spara")).andExpect(status().isConflict());
        mvc.perform(post("/tillarbetslivet/pupils/" + nora + "/placements").cookie(savsjo).with(csrf())
                .param("periodId", String.valueOf(period)).param("placeId", String.valueOf(garage))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Din plats"))).andExpect(content().string(containsString("Verkstaden Vrigstad")))
                .andExpect(content().string(not(containsString("Spara valen"))));
    }

    static final String ELIN = "200109309864";

    long placeAt(Cookie coordinator, String code, String workplace, String address, String position) throws Exception {
        return idFrom(mvc.perform(post("/tillarbetslivet/places").cookie(coordinator).with(csrf())
                        .param("code", code).param("workplace", workplace).param("trade", "Handel").param("address", address).param("area", "")
                        .param("seats", "2").param("startsOn", "2027-04-12").param("endsOn", "2027-04-16")
                        .param("minAge", "13").param("supervisor", "Handledare").param("supervisorEmail", "h@example.se"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("position", position))
                .andReturn().getResponse().getRedirectedUrl());
    }

    /** s9-tal-c: places get a position from their address; the pupil searches within N km of the school or an address, nearest first. */
    @Test
    void aPupilSearchesThePlacesWithinADistanceOfTheSchoolOrAnAddressNearestFirst() throws Exception {
        // Kinda is shared with TillarbetslivetTests (its place K1, Kindaskolan): codes and the school are this test's own
        Cookie kinda = coordinator("tal.kinda", "Kinda");
        long org = organisationId("Kinda");
        // the address is placed through the core's geocoder after the save; one it cannot place is saved all the same
        long nodinge = placeAt(kinda, "AVST-K1", "Nödinge bageri", "Göteborgsvägen 1, Nödinge", "tal.place.positioned");
        long surte = placeAt(kinda, "AVST-K2", "Surte glasbruk", "Surte torg 2", "tal.place.positioned");
        long unknown = placeAt(kinda, "AVST-K3", "Okända verkstaden", "Okänd väg 9", "tal.place.noPosition");
        placeAt(kinda, "AVST-K4", "Stockholms saluhall", "Drottninggatan 1, Stockholm", "tal.place.positioned");
        assertThat(jdbc.queryForMap("select lat, lon from tillarbetslivet.place where id = ?", nodinge))
                .containsEntry("lat", 57.9604912).containsEntry("lon", 12.1503317);
        assertThat(jdbc.queryForMap("select lat, lon from tillarbetslivet.place where id = ?", unknown)).containsEntry("lat", null);
        mvc.perform(get("/tillarbetslivet/places/" + unknown).flashAttr("position", "tal.place.noPosition").cookie(kinda))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gick inte att placera på kartan")));

        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        "skola;klass;namn;årskurs;personnummer\nSurte skola;8A;Elin Prövning;8;20010930-9864\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(kinda).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ? and name = 'Surte skola'", Long.class, org);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(kinda).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "PRAO").param("name", "Prao v. 15").param("startsOn", "2027-04-12").param("endsOn", "2027-04-16"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(kinda).with(csrf()).param("open", "true").param("maxChoices", "3"))
                .andExpect(status().is3xxRedirection());

        // within 20 km of the school (its name placed by the geocoder): Surte, then Nödinge 11.2 km away, then the unknown; not Stockholm
        Cookie pupil = ResidentFlow.signIn(mvc, ELIN);
        String page = mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("km", "20"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("inom 20 km från Surte skola")))
                .andExpect(content().string(not(containsString("Stockholms saluhall"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence("Surte glasbruk", "0,0 km", "Nödinge bageri", "11,2 km", "Okända verkstaden", "avstånd okänt");
        // from an address the pupil types, with the choices kept in the draft
        page = mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "lagg-till-" + surte)
                        .param("km", "500").param("fran", "Drottninggatan 5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence("Stockholms saluhall", "0,0 km", "Nödinge bageri", "374,5 km", "Surte glasbruk", "384,5 km", "Okända verkstaden", "avstånd okänt")
                .contains("value=\"" + surte + "\"");
        // s10-tal: with the school's own address, the distance is measured from it instead of the school's name
        mvc.perform(get("/tillarbetslivet/schools").cookie(kinda)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Surte skola")));
        mvc.perform(post("/tillarbetslivet/schools/" + school + "/address").cookie(kinda).with(csrf()).param("address", "x".repeat(201)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("högst 200 tecken")));
        assertThat(jdbc.queryForObject("select address from tillarbetslivet.school where id = ?", String.class, school)).isNull();
        mvc.perform(post("/tillarbetslivet/schools/" + school + "/address").cookie(coordinator("tal.ydre", "Ydre")).with(csrf())
                .param("address", "Drottninggatan 7")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/schools/" + school + "/address").cookie(kinda).with(csrf()).param("address", " Drottninggatan 7 "))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("km", "500"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("inom 500 km från Drottninggatan 7")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence("Stockholms saluhall", "0,0 km", "Nödinge bageri", "374,5 km");
        mvc.perform(post("/tillarbetslivet/schools/" + school + "/address").cookie(kinda).with(csrf()).param("address", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select address from tillarbetslivet.school where id = ?", String.class, school)).isNull();

        // bad input answers 400 at the field; an address not found says so and lists the places without distance
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("km", "tjugo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("heltal från 1 till 500")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("km", "4294967297"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("heltal från 1 till 500")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil).with(csrf()).param("atgard", "sok").param("km", "10")
                        .param("fran", "Ingenstans 99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vi kunde inte hitta &quot;Ingenstans 99&quot;")))
                .andExpect(content().string(containsString("Stockholms saluhall")));
    }

    @Autowired
    se.sambruk.tillarbetslivet.choosing.PlacePositions positions;

    /** s10-tal: the coordinator sets a place's position by hand or asks the geocoder again; the nightly job places the places without one. */
    @Test
    void theCoordinatorSetsAPlacesPositionByHandOrFromItsAddressAgainAndTheNightPlacesTheRest() throws Exception {
        Cookie kinda = coordinator("tal.kinda", "Kinda");
        long org = organisationId("Kinda");
        long place = placeAt(kinda, "POS-K1", "Okänd snickeri", "Okänd väg 10", "tal.place.noPosition");
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(kinda)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Platsen saknar position")))
                .andExpect(content().string(containsString("Placera från adressen igen")));

        // bad input: every error at its field, nothing saved
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position").cookie(kinda).with(csrf()).param("lat", "52.52").param("lon", "57°N"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Latituden ligger utanför Sverige")))
                .andExpect(content().string(containsString("inte grader och minuter")))
                .andExpect(content().string(containsString("href=\"#lat\"")))
                .andExpect(content().string(containsString("value=\"57°N\"")));
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position").cookie(kinda).with(csrf()).param("lat", "60.17").param("lon", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skriv longituden")));
        assertThat(jdbc.queryForMap("select lat, lon, position_source from tillarbetslivet.place where id = ?", place))
                .containsEntry("lat", null).containsEntry("position_source", null);
        // another municipality's coordinator reaches nothing
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position").cookie(coordinator("tal.ydre", "Ydre")).with(csrf())
                .param("lat", "57.88").param("lon", "12.04")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position/geocode").cookie(coordinator("tal.ydre", "Ydre")).with(csrf()))
                .andExpect(status().isNotFound());

        // by hand, with a decimal comma: saved, shown, audited
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position").cookie(kinda).with(csrf()).param("lat", "57,88").param("lon", "12.04"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "tal.position.saved"));
        assertThat(jdbc.queryForMap("select lat, lon, position_source from tillarbetslivet.place where id = ?", place))
                .containsEntry("lat", 57.88).containsEntry("lon", 12.04).containsEntry("position_source", "HAND");
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(kinda)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Satt för hand: 57.88, 12.04")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.place' and target_id = ? "
                + "and action = 'PERSONAL_DATA_CHANGED' and detail like 'position set by hand%'", Integer.class, String.valueOf(place))).isOne();
        // again from an address the geocoder does not find: the position set by hand stays
        mvc.perform(post("/tillarbetslivet/places/" + place + "/position/geocode").cookie(kinda).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("position", "tal.position.notFoundKept"));
        assertThat(jdbc.queryForObject("select lat from tillarbetslivet.place where id = ?", Double.class, place)).isEqualTo(57.88);

        // a place the geocoder could not place at its save (e.g. down), or saved before V13: asked again, by hand or at night
        long surte = placeAt(kinda, "POS-K2", "Surte snickeri", "Surte torg 3", "tal.place.positioned");
        long nodinge = placeAt(kinda, "POS-K3", "Nödinge snickeri", "Göteborgsvägen 5", "tal.place.positioned");
        jdbc.update("update tillarbetslivet.place set lat = null, lon = null, position_source = null, position_tried_at = null where id in (?, ?)",
                surte, nodinge);
        mvc.perform(post("/tillarbetslivet/places/" + surte + "/position/geocode").cookie(kinda).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("position", "tal.place.positioned"));
        assertThat(jdbc.queryForMap("select lat, lon, position_source from tillarbetslivet.place where id = ?", surte))
                .containsEntry("lat", 57.8793451).containsEntry("lon", 12.0384412).containsEntry("position_source", "GEOCODER");
        assertThat(positions.positionMissing()).isPositive();
        assertThat(jdbc.queryForMap("select lat, position_source from tillarbetslivet.place where id = ?", nodinge))
                .containsEntry("lat", 57.9604912).containsEntry("position_source", "GEOCODER");
        // a place the geocoder did not find was asked just now: the next night leaves it for a week
        assertThat(jdbc.queryForObject("select position_tried_at is not null from tillarbetslivet.place where id = ?", Boolean.class, place)).isTrue();
    }

    @Autowired
    se.sambruk.tillarbetslivet.choosing.FoundPlaceReminders reminders;

    /** s10-tal: a pupil's own place unanswered for a week is reminded once, at most two a day to one address; old ones go by their own rule. */
    @Test
    void anUnansweredOwnPlaceIsRemindedOnceAndOldOwnPlacesAreDeletedByTheirOwnRetentionRule() {
        long org = organisationId("Sävsjö");
        String tag = Long.toString(System.nanoTime(), 36);
        java.time.LocalDate today = java.time.LocalDate.now();
        long school = jdbc.queryForObject("insert into tillarbetslivet.school (organisation_id, name) values (?, ?) returning id", Long.class, org,
                "Påminnelseskolan " + tag);
        long pupil = jdbc.queryForObject("insert into tillarbetslivet.pupil (organisation_id, school_id, name, class_name, school_year) "
                + "values (?, ?, 'Elev Väntar', '9A', 9) returning id", Long.class, org, school);
        long period = jdbc.queryForObject("insert into tillarbetslivet.period (organisation_id, school_id, kind, name, starts_on, ends_on) "
                + "values (?, ?, 'PRAO', 'Prao', ?, ?) returning id", Long.class, org, school, today.minusYears(1), today.plusDays(60));
        String contact = "kontakt-" + tag + "@example.se";
        java.util.function.BiFunction<String, java.time.LocalDate, Long> request = (sentAgo, endsOn) -> jdbc.queryForObject("""
                insert into tillarbetslivet.found_place (organisation_id, pupil_id, period_id, workplace, org_number, address, contact_name,
                                                         contact_email, starts_on, ends_on, token_hash, sent_at)
                values (?, ?, ?, 'Egna verkstaden', '556036-0793', 'Egenvägen 1', 'Karin Kontakt', ?, ?, ?, md5(random()::text),
                        now() - ?::interval) returning id""", Long.class, org, pupil, period, contact, endsOn.minusDays(4), endsOn, sentAgo);
        long week = request.apply("8 days", today.plusDays(30));
        long second = request.apply("9 days", today.plusDays(30));
        long third = request.apply("10 days", today.plusDays(30));
        long fresh = request.apply("2 days", today.plusDays(30));
        long expired = request.apply("31 days", today.plusDays(30));
        String before = jdbc.queryForObject("select token_hash from tillarbetslivet.found_place where id = ?", String.class, week);

        reminders.remind();
        // two a day to one address: the two oldest due (10 and 9 days), the third the next day; not the fresh one nor one whose link expired
        assertThat(jdbc.queryForList("select id from tillarbetslivet.found_place where id in (?, ?, ?, ?, ?) and reminded_at is not null "
                + "order by id", Long.class, week, second, third, fresh, expired)).containsExactly(second, third);
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, contact)).isEqualTo(2);
        String mail = jdbc.queryForObject("select body from core.outgoing_mail where recipient = ? order by id limit 1", String.class, contact);
        assertThat(mail).contains("Elev Väntar", "/e-tjanster/tillarbetslivet/egen-plats/", "Den tidigare länken fungerar inte längre");
        // the new link replaces the old one: only the new token's hash is kept
        String token = mail.replaceAll("(?s).*/egen-plats/([A-Za-z0-9_-]+).*", "$1");
        assertThat(jdbc.queryForObject("select token_hash from tillarbetslivet.found_place where id = ?", String.class, third))
                .isEqualTo(se.sambruk.tillarbetslivet.workplace.Workplaces.hash(token));
        assertThat(jdbc.queryForObject("select token_hash from tillarbetslivet.found_place where id = ?", String.class, week)).isEqualTo(before);
        // once per request: a second run reminds none of them again (the limit holds the third until tomorrow)
        reminders.remind();
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, contact)).isEqualTo(2);

        // retention: an own place whose last day is further back than 180 days goes, in any state; a current one stays
        long old = request.apply("300 days", today.minusDays(200));
        var rule = retention.rule("tillarbetslivet.found-places").orElseThrow();
        assertThat(retention.preview(rule, org, 1000).items()).extracting(i -> i.reference())
                .contains("egen plats " + old).doesNotContain("egen plats " + week, "egen plats " + fresh);
        retention.run(rule, "test");
        assertThat(jdbc.queryForList("select id from tillarbetslivet.found_place where id in (?, ?)", Long.class, old, week)).containsExactly(week);
    }

    static final String MARIA = "196411139808";
    static final String GUSTAV = "195111039912";

    /** s9-tal-a: a place the pupil found themselves, confirmed by the workplace with a signature, approved by the coordinator. */
    @Test
    void aPupilsOwnPlaceIsConfirmedByTheWorkplaceWithASignatureAndApprovedByTheCoordinator() throws Exception {
        Cookie tranas = coordinator("tal.tranas", "Tranås");
        long org = organisationId("Tranås");
        place(tranas, "T1", "Tranås bibliotek", "Bibliotek", "Centrum", "2027-04-05", "2027-04-16", 13);
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        ("skola;klass;namn;årskurs;personnummer;val1\nTranåsskolan;9A;Maria Exempelsson;9;19641113-9808;T1\n"
                                + "Tranåsskolan;9A;Vera Vanlig;9;;T1\n").getBytes(StandardCharsets.UTF_8))).cookie(tranas).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long maria = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Maria Exempelsson'", Long.class, org);
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ?", Long.class, org);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(tranas).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "PRAKTIK").param("name", "Praktik v. 14–15").param("startsOn", "2027-04-05").param("endsOn", "2027-04-16"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(tranas).with(csrf()).param("open", "true").param("maxChoices", "6"))
                .andExpect(status().is3xxRedirection());

        // the pupil's form: the organisation number's check digit and the period's dates, at their fields; nothing mailed
        Cookie pupil = ResidentFlow.signIn(mvc, MARIA);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val/egen-plats").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontaktperson på arbetsplatsen")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val/egen-plats").cookie(pupil).with(csrf()).param("workplace", "Tranås cykel")
                        .param("orgNumber", "556036-0794").param("address", "Ekvägen 2").param("contactName", "Gustav Försöksberg")
                        .param("contactEmail", "cykel@example.se").param("startsOn", "2027-04-05").param("endsOn", "2027-04-20"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("giltigt organisationsnummer")))
                .andExpect(content().string(containsString("inom perioden 2027-04-05 – 2027-04-16")));
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = 'cykel@example.se'", Integer.class)).isZero();

        // sent: the contact person gets a one-time link; at most three a day to one recipient
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val/egen-plats").cookie(pupil).with(csrf()).param("workplace", "Tranås cykel")
                            .param("orgNumber", "5560360793").param("address", "Ekvägen 2").param("contactName", "Gustav Försöksberg")
                            .param("contactEmail", "cykel@example.se").param("startsOn", "2027-04-05").param("endsOn", "2027-04-09"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/e-tjanster/tillarbetslivet/mina-val/egen-plats").cookie(pupil).with(csrf()).param("workplace", "Tranås cykel")
                        .param("orgNumber", "5560360793").param("address", "Ekvägen 2").param("contactName", "Gustav Försöksberg")
                        .param("contactEmail", "cykel@example.se").param("startsOn", "2027-04-05").param("endsOn", "2027-04-09"))
                .andExpect(status().is(429)).andExpect(content().string(containsString("För många förfrågningar")));
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = 'cykel@example.se'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.found_place where pupil_id = ?", Integer.class, maria)).isEqualTo(3);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("skickad, väntar på arbetsplatsen")));
        String body = jdbc.queryForObject("select body from core.outgoing_mail where recipient = 'cykel@example.se' order by id desc limit 1",
                String.class);
        Matcher link = Pattern.compile("/e-tjanster/tillarbetslivet/egen-plats/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);
        long request = jdbc.queryForObject("select max(id) from tillarbetslivet.found_place where pupil_id = ?", Long.class, maria);

        // the contact person opens the link and takes the request; the link is then used up, and nobody else reaches it
        Cookie gustav = ResidentFlow.signIn(mvc, GUSTAV);
        Cookie anna = ResidentFlow.signIn(mvc, ANNA);
        mvc.perform(get("/e-tjanster/tillarbetslivet/egen-plats/" + token).cookie(gustav)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Maria Exempelsson"))).andExpect(content().string(containsString("Tranås cykel")));
        mvc.perform(get("/e-tjanster/tillarbetslivet/egen-plats/inte-en-lank").cookie(gustav)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/egen-plats/" + token).cookie(gustav).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/tillarbetslivet/egen-plats/" + token).cookie(anna).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet/egna-platser/" + request).cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/egna-platser/" + request + "/avboj").cookie(anna).with(csrf()).param("reason", "Nej"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/egna-platser/" + request + "/avboj").cookie(gustav).with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skriv ett skäl")));

        // the coordinator cannot approve what the workplace has not confirmed
        mvc.perform(post("/tillarbetslivet/found-places/" + request + "/approve").cookie(tranas).with(csrf())).andExpect(status().isConflict());

        // confirmed with e-legitimation
        ResidentFlow flow = new ResidentFlow(mvc, gustav);
        String signingPage = flow.perform(post("/e-tjanster/tillarbetslivet/egna-platser/" + request + "/bekrafta").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        MockHttpServletResponse toProvider = flow.perform(get(signingPage + "/e-legitimation"));
        MockHttpServletResponse back = flow.answer(flow.choose(URI.create(toProvider.getRedirectedUrl()), GUSTAV));
        assertThat(back.getRedirectedUrl()).startsWith("/e-tjanster/tillarbetslivet/egna-platser/" + request + "?signatur=");
        assertThat(flow.perform(get("/e-tjanster/tillarbetslivet/egna-platser/" + request)).getContentAsString()).contains("Signerad av");
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.found_place where id = ?", String.class, request)).isEqualTo("CONFIRMED");

        // another municipality's coordinator reaches nothing; Tranås's approves it into the pupil's placement
        Cookie vetlanda = coordinator("tal.vetlanda", "Vetlanda");
        mvc.perform(post("/tillarbetslivet/found-places/" + request + "/approve").cookie(vetlanda).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/found-places").cookie(vetlanda)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Maria"))));
        mvc.perform(get("/tillarbetslivet/found-places").cookie(tranas)).andExpect(status().isOk())
                .andExpect(content().string(containsString("bekräftad av arbetsplatsen"))).andExpect(content().string(containsString("Signerad av")));
        long placement = idFrom(mvc.perform(post("/tillarbetslivet/found-places/" + request + "/approve").cookie(tranas).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForObject("select p.code from tillarbetslivet.placement pl join tillarbetslivet.place p on p.id = pl.place_id "
                + "where pl.id = ? and pl.pupil_id = ? and pl.period_id = ?", String.class, placement, maria, period)).isEqualTo("EGEN-" + request);
        mvc.perform(post("/tillarbetslivet/found-places/" + request + "/approve").cookie(tranas).with(csrf())).andExpect(status().isConflict());

        // the allocation leaves the pupil out; the pupil sees the place
        String run = mvc.perform(post("/tillarbetslivet/runs").cookie(tranas).with(csrf()).param("rule", "DEFERRED_ACCEPTANCE").param("seed", "7"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long runId = idFrom(run);
        assertThat(jdbc.queryForList("select pupil_id from tillarbetslivet.allocation_result where run_id = ?", Long.class, runId))
                .hasSize(1).doesNotContain(maria);
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Din plats"))).andExpect(content().string(containsString("Tranås cykel")))
                .andExpect(content().string(containsString("godkänd av skolan")));

        // another request of the same pupil: the workplace declines it with a reason
        long older = jdbc.queryForObject("select min(id) from tillarbetslivet.found_place where pupil_id = ?", Long.class, maria);
        jdbc.update("update tillarbetslivet.found_place set contact_resident_id = (select contact_resident_id from tillarbetslivet.found_place "
                + "where id = ?), token_hash = null where id = ?", request, older);
        mvc.perform(post("/e-tjanster/tillarbetslivet/egna-platser/" + older + "/avboj").cookie(gustav).with(csrf())
                .param("reason", "Vi har inga platser i april.")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/tillarbetslivet/mina-val").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("arbetsplatsen tackade nej")));
        mvc.perform(post("/tillarbetslivet/periods/" + period + "/val").cookie(tranas).with(csrf()).param("open", "false").param("maxChoices", "6"))
                .andExpect(status().is3xxRedirection());
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

    @Test
    void retentionDeletesOldOffersAndIdleWorkplacesAndEmptiesOldPlacesSupervisorsAfterAPreview() {
        long org = organisationId("Borlänge");
        String tag = Long.toString(System.nanoTime(), 36);
        java.time.LocalDate today = java.time.LocalDate.now();
        // an idle workplace invited three years ago, and an active one (a place that has not ended)
        long idle = jdbc.queryForObject("""
                insert into tillarbetslivet.workplace (organisation_id, name, email, invited_by, invited_at)
                values (?, ?, 'gammal@example.se', 'test', now() - interval '3 years') returning id""", Long.class, org, "Gamla verkstaden " + tag);
        long active = jdbc.queryForObject("""
                insert into tillarbetslivet.workplace (organisation_id, name, email, invited_by, invited_at)
                values (?, ?, 'aktiv@example.se', 'test', now() - interval '3 years') returning id""", Long.class, org, "Aktiva verkstaden " + tag);
        long current = place(org, "A" + tag, today.plusDays(10), today.plusDays(30), "Nora Nu", active);
        long old = place(org, "O" + tag, today.minusYears(2).minusDays(5), today.minusYears(2), "Greta Gammal", null);
        long oldPlaced = place(org, "B" + tag, today.minusYears(2).minusDays(5), today.minusYears(2), "Bertil Bunden", null);
        long school = jdbc.queryForObject("insert into tillarbetslivet.school (organisation_id, name) values (?, ?) returning id", Long.class, org,
                "Gallringsskolan " + tag);
        long pupil = jdbc.queryForObject("insert into tillarbetslivet.pupil (organisation_id, school_id, name, class_name, school_year) "
                + "values (?, ?, 'Elev Gallring', '9A', 9) returning id", Long.class, org, school);
        long period = jdbc.queryForObject("insert into tillarbetslivet.period (organisation_id, school_id, kind, name, starts_on, ends_on) "
                + "values (?, ?, 'PRAO', 'Gammal prao', ?, ?) returning id", Long.class, org, school, today.minusYears(2).minusDays(5), today.minusYears(2));
        jdbc.update("insert into tillarbetslivet.placement (organisation_id, pupil_id, period_id, place_id, created_by) values (?, ?, ?, ?, 'test')",
                org, pupil, period, oldPlaced);
        long oldOffer = offer(org, active, today.minusYears(2));
        long newOffer = offer(org, active, today.plusDays(30));

        var offers = retention.rule("tillarbetslivet.offers").orElseThrow();
        var supervisors = retention.rule("tillarbetslivet.place-supervisors").orElseThrow();
        var workplaces = retention.rule("tillarbetslivet.workplaces").orElseThrow();
        // the preview names what would go, and nothing else
        assertThat(retention.preview(offers, org, 1000).items()).extracting(i -> i.reference())
                .contains("erbjudande " + oldOffer).doesNotContain("erbjudande " + newOffer);
        assertThat(retention.preview(supervisors, org, 1000).items()).extracting(i -> i.reference())
                .contains("plats O" + tag).doesNotContain("plats B" + tag, "plats A" + tag);
        assertThat(retention.preview(workplaces, org, 1000).items()).extracting(i -> i.reference())
                .contains("arbetsplats " + idle).doesNotContain("arbetsplats " + active);
        assertThat(retention.preview(workplaces, organisationId("Falun"), 1000).items()).extracting(i -> i.reference())
                .doesNotContain("arbetsplats " + idle);

        retention.run(offers, "test");
        retention.run(supervisors, "test");
        retention.run(workplaces, "test");

        assertThat(jdbc.queryForList("select id from tillarbetslivet.place_offer where id in (?, ?)", Long.class, oldOffer, newOffer))
                .containsExactly(newOffer);
        assertThat(jdbc.queryForObject("select supervisor || '|' || supervisor_email from tillarbetslivet.place where id = ?", String.class, old))
                .isEqualTo("|");
        assertThat(jdbc.queryForObject("select supervisor from tillarbetslivet.place where id = ?", String.class, oldPlaced)).isEqualTo("Bertil Bunden");
        assertThat(jdbc.queryForObject("select supervisor from tillarbetslivet.place where id = ?", String.class, current)).isEqualTo("Nora Nu");
        assertThat(jdbc.queryForList("select id from tillarbetslivet.workplace where id in (?, ?)", Long.class, idle, active))
                .containsExactly(active);
        assertThat(jdbc.queryForObject("select count(*) from core.retention_run where rule = 'tillarbetslivet.workplaces' and organisation_id = ?",
                Long.class, org)).isPositive();
        // a second run finds nothing more of these
        assertThat(retention.preview(supervisors, org, 1000).items()).extracting(i -> i.reference()).doesNotContain("plats O" + tag);
    }

    private long place(long org, String code, java.time.LocalDate starts, java.time.LocalDate ends, String supervisor, Long workplace) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.place (organisation_id, code, workplace, trade, address, seats, starts_on, ends_on, supervisor,
                                                   supervisor_email, workplace_id)
                values (?, ?, 'Verkstad', 'Verkstad', 'Gatan 1', 1, ?, ?, ?, 'handledare@example.se', ?) returning id""", Long.class,
                org, code, starts, ends, supervisor, workplace);
    }

    private long offer(long org, long workplace, java.time.LocalDate ends) {
        return jdbc.queryForObject("""
                insert into tillarbetslivet.place_offer (organisation_id, workplace_id, trade, address, area, seats, starts_on, ends_on,
                                                         min_age, max_age, supervisor, supervisor_email, status, created_by)
                values (?, ?, 'Verkstad', 'Gatan 1', 'Centrum', 1, ?, ?, 14, 16, 'Olle Offert', 'olle@example.se', 'SIGNED', 1) returning id""",
                Long.class, org, workplace, ends.minusDays(5), ends);
    }
}
