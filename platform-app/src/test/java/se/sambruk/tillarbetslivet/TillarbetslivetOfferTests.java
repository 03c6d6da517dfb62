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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Workplaces offering places themselves: a person signed in with e-legitimation registers a workplace
 * (the organisation number checked with its check digit), offers a place, confirms it with a
 * signature; the coordinator sees it and approves it into the place bank; the workplace then sees
 * its place and the pupils placed there, and another person reaches none of it. A coordinator invites
 * a workplace without a place, which joins, completes its registration and offers.
 */
class TillarbetslivetOfferTests extends PlatformTest {

    static final String MARIA = "196411139808";
    static final String GUSTAV = "195111039912";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie coordinator(String username, String organisation) throws Exception {
        synchronized (TillarbetslivetOfferTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Samordnare " + username, username + "@test.sambruk.se", organisationId(organisation),
                        Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    static long idFrom(String location) {
        String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void aWorkplaceRegistersOffersAPlaceSignsItAndTheCoordinatorApprovesItIntoThePlaceBank() throws Exception {
        long linkoping = organisationId("Linköping");
        Cookie coordinator = coordinator("tal.offers.linkoping", "Linköping");
        Cookie maria = ResidentFlow.signIn(mvc, MARIA);

        mvc.perform(get("/e-tjanster/tillarbetslivet/arbetsplatser/ny").cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Linköping")));
        // a wrong check digit, and a municipality that does not use the service: refused at the fields, nothing saved
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser").cookie(maria).with(csrf()).param("municipality", String.valueOf(linkoping))
                        .param("name", "Linköpings Verkstad").param("orgNumber", "556036-0794").param("address", "Smedjegatan 2")
                        .param("trade", "Verkstad").param("area", "Centrum").param("email", "verkstad@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("orgNumber-error")))
                .andExpect(content().string(containsString("kontrollsiffran")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser").cookie(maria).with(csrf()).param("municipality", "999999999")
                        .param("name", "Linköpings Verkstad").param("orgNumber", "556036-0793").param("address", "Smedjegatan 2")
                        .param("trade", "Verkstad").param("area", "Centrum").param("email", "verkstad@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("municipality-error")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.workplace where name = 'Linköpings Verkstad'", Integer.class)).isZero();
        long workplace = idFrom(mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser").cookie(maria).with(csrf())
                        .param("municipality", String.valueOf(linkoping)).param("name", "Linköpings Verkstad").param("orgNumber", "5560360793")
                        .param("address", "Smedjegatan 2").param("trade", "Verkstad").param("area", "Centrum").param("email", "verkstad@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForObject("select org_number from tillarbetslivet.workplace where id = ?", String.class, workplace)).isEqualTo("556036-0793");

        // the offer: inline errors and nothing saved, then a whole draft
        mvc.perform(get("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden/ny").cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Smedjegatan 2")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden").cookie(maria).with(csrf())
                        .param("trade", "Svetsning").param("address", "Smedjegatan 2").param("area", "Centrum").param("seats", "2")
                        .param("startsOn", "2027-03-19").param("endsOn", "2027-03-08").param("minAge", "16").param("maxAge", "15")
                        .param("supervisor", "Maria Exempelsson").param("supervisorEmail", "maria@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("endsOn-error")))
                .andExpect(content().string(containsString("maxAge-error")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.place_offer where workplace_id = ?", Integer.class, workplace)).isZero();
        long offer = idFrom(mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden").cookie(maria).with(csrf())
                        .param("trade", "Svetsning").param("description", "Eleven svetsar under handledning.").param("address", "Smedjegatan 2")
                        .param("area", "Centrum").param("seats", "2").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19")
                        .param("minAge", "14").param("maxAge", "20").param("supervisor", "Maria Exempelsson").param("supervisorEmail", "maria@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + offer).cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Utkast")));
        // an unsigned draft is not the coordinator's to see or approve
        mvc.perform(get("/tillarbetslivet/workplaces").cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/tillarbetslivet/offers/" + offer + "\""))));
        mvc.perform(post("/tillarbetslivet/offers/" + offer + "/approve").cookie(coordinator).with(csrf()).param("code", "LK9"))
                .andExpect(status().isBadRequest());

        // confirmed with e-legitimation
        ResidentFlow flow = new ResidentFlow(mvc, maria);
        String signingPage = flow.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "/signera").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(flow.perform(get(signingPage)).getContentAsString()).contains("Linköpings Verkstad (556036-0793) erbjuder 2 platser");
        MockHttpServletResponse toProvider = flow.perform(get(signingPage + "/e-legitimation"));
        MockHttpServletResponse back = flow.answer(flow.choose(URI.create(toProvider.getRedirectedUrl()), MARIA));
        assertThat(back.getRedirectedUrl()).startsWith("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "?signatur=");
        assertThat(flow.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + offer)).getContentAsString()).contains("Signerad av", "Bekräftat");
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, offer)).isEqualTo("SIGNED");

        // another person reaches none of it
        Cookie gustav = ResidentFlow.signIn(mvc, GUSTAV);
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + offer).cookie(gustav)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "/signera").cookie(gustav).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "/ta-bort").cookie(gustav).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace).cookie(gustav)).andExpect(status().isNotFound());
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden").cookie(gustav).with(csrf())
                .param("trade", "Intrång").param("address", "x").param("area", "x").param("seats", "1").param("startsOn", "2027-03-08")
                .param("endsOn", "2027-03-19").param("minAge", "14").param("maxAge", "20").param("supervisor", "Gustav")
                .param("supervisorEmail", "g@example.se")).andExpect(status().isNotFound());
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(gustav)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Linköpings Verkstad"))));

        // the coordinator sees the new offer, another municipality does not, and approves it with a code
        mvc.perform(get("/tillarbetslivet/workplaces").cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/tillarbetslivet/offers/" + offer + "\"")))
                .andExpect(content().string(containsString("556036-0793")));
        mvc.perform(get("/tillarbetslivet/offers/" + offer).cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Signerad av")));
        Cookie gagnef = coordinator("tal.gagnef.offers", "Gagnef");
        mvc.perform(get("/tillarbetslivet/offers/" + offer).cookie(gagnef)).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/offers/" + offer + "/approve").cookie(gagnef).with(csrf()).param("code", "X1")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/offers/" + offer + "/reject").cookie(gagnef).with(csrf()).param("reason", "nej")).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/workplaces").cookie(gagnef)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Linköpings Verkstad"))));
        mvc.perform(post("/tillarbetslivet/offers/" + offer + "/approve").cookie(coordinator).with(csrf()).param("code", "fel kod!"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("code-error")));
        long place = idFrom(mvc.perform(post("/tillarbetslivet/offers/" + offer + "/approve").cookie(coordinator).with(csrf()).param("code", "lk1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForMap("select code, workplace, area, seats, max_age, organisation_id from tillarbetslivet.place where id = ?", place))
                .containsEntry("code", "LK1").containsEntry("workplace", "Linköpings Verkstad").containsEntry("area", "Centrum")
                .containsEntry("seats", 2).containsEntry("max_age", 20).containsEntry("organisation_id", linkoping);
        mvc.perform(post("/tillarbetslivet/offers/" + offer + "/approve").cookie(coordinator).with(csrf()).param("code", "LK2"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.place where organisation_id = ? and code = 'LK2'", Integer.class,
                linkoping)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.offer' and target_id = ? "
                + "and action = 'PERSONAL_DATA_READ'", Integer.class, String.valueOf(offer))).isPositive();

        // a pupil placed at the approved place shows on the workplace's page, and only there
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                "skola;klass;namn;årskurs;val1\nLinköpingsskolan;8B;Tove Testelev;8;LK1\n".getBytes(StandardCharsets.UTF_8))).cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ? and name = 'Linköpingsskolan'", Long.class, linkoping);
        long pupil = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Tove Testelev'", Long.class, linkoping);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(coordinator).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "PRAO").param("name", "Prao v. 10").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/tillarbetslivet/pupils/" + pupil + "/placements").cookie(coordinator).with(csrf())
                .param("periodId", String.valueOf(period)).param("placeId", String.valueOf(place))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tove Testelev"))).andExpect(content().string(containsString("LK1")))
                .andExpect(content().string(containsString("1 / 2")));
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(gustav)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tove"))));

        // the public list: anonymous, by area, trade and municipality, the free seats and nothing about people
        String row = "<td>Svetsning</td><td>Centrum</td><td>Linköping</td>\n      <td>2027-03-08 – 2027-03-19</td><td>14–20 år</td>\n      <td>1</td>";
        mvc.perform(get("/prao").param("omrade", "centr").param("bransch", "SVETS").param("kommun", String.valueOf(linkoping)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(row)))
                .andExpect(content().string(not(containsString("Linköpings Verkstad")))).andExpect(content().string(not(containsString("Smedjegatan"))))
                .andExpect(content().string(not(containsString("Maria")))).andExpect(content().string(not(containsString("Tove"))));
        mvc.perform(get("/prao").param("omrade", "Kisa").param("bransch", "svets")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Svetsning"))));
        mvc.perform(get("/prao").param("bransch", "%")).andExpect(status().isOk()).andExpect(content().string(not(containsString("Svetsning"))));
        mvc.perform(get("/prao").param("bransch", "svets").param("kommun", String.valueOf(organisationId("Gagnef")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Svetsning"))));
        // a full place is no longer listed
        jdbc.update("update tillarbetslivet.place set seats = 1 where id = ?", place);
        mvc.perform(get("/prao").param("bransch", "svets")).andExpect(status().isOk()).andExpect(content().string(not(containsString("Svetsning"))));
    }

    @Test
    void theCoordinatorInvitesAWorkplaceWithoutAPlaceWhichRegistersAndOffers() throws Exception {
        Cookie coordinator = coordinator("tal.offers.tranas", "Tranås");
        mvc.perform(post("/tillarbetslivet/workplaces/invite").cookie(coordinator).with(csrf()).param("name", "").param("email", "inte en adress"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("name-error")))
                .andExpect(content().string(containsString("email-error")));
        mvc.perform(post("/tillarbetslivet/workplaces/invite").cookie(coordinator).with(csrf()).param("name", "Tranås Kafé")
                .param("email", "kafe@example.se")).andExpect(status().is3xxRedirection());
        String body = jdbc.queryForObject("select body from core.outgoing_mail where recipient = 'kafe@example.se' order by id desc limit 1", String.class);
        Matcher link = Pattern.compile("/e-tjanster/tillarbetslivet/inbjudan/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(body).contains("Tranås Kafé", "registrerar ni arbetsplatsen");
        mvc.perform(get("/tillarbetslivet/workplaces").cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tranås Kafé")));

        Cookie gustav = ResidentFlow.signIn(mvc, GUSTAV);
        mvc.perform(post("/e-tjanster/tillarbetslivet/inbjudan/" + link.group(1)).cookie(gustav).with(csrf())).andExpect(status().is3xxRedirection());
        long workplace = jdbc.queryForObject("select id from tillarbetslivet.workplace where name = 'Tranås Kafé'", Long.class);
        mvc.perform(get("/e-tjanster/tillarbetslivet").cookie(gustav)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tranås Kafé")))
                .andExpect(content().string(containsString("uppgifterna är inte kompletta")));
        // no offer before the registration is complete
        mvc.perform(get("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden/ny").cookie(gustav))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace).cookie(gustav).with(csrf()).param("name", "Tranås Kafé")
                        .param("orgNumber", "212000-0143").param("address", "Torget 1").param("trade", "Kafé").param("area", "Kisa")
                        .param("email", "kafe@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("orgNumber-error")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace).cookie(gustav).with(csrf()).param("name", "Tranås Kafé")
                        .param("orgNumber", "212000-0142").param("address", "Torget 1").param("trade", "Kafé").param("area", "Kisa")
                        .param("email", "kafe@example.se"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden/ny").cookie(gustav)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Torget 1")));
        assertThat(jdbc.queryForObject("select organisation_id from tillarbetslivet.workplace where id = ?", Long.class, workplace))
                .isEqualTo(organisationId("Tranås"));
    }

    @Test
    void anAplScheduleOfAMinorIsCheckedWithTheRulesPastCompulsorySchoolAndAnAdultsIsNot() throws Exception {
        long vasteras = organisationId("Västerås");
        Cookie coordinator = coordinator("tal.offers.vasteras", "Västerås");
        long place = idFrom(mvc.perform(post("/tillarbetslivet/places").cookie(coordinator).with(csrf())
                        .param("code", "VA1").param("workplace", "Västerås sjukhem").param("trade", "Vård").param("address", "Vårdvägen 1")
                        .param("area", "Noret").param("seats", "2").param("startsOn", "2027-01-11").param("endsOn", "2027-05-28")
                        .param("minAge", "16").param("supervisor", "Sara Sköterska").param("supervisorEmail", "sjukhem@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForObject("select area from tillarbetslivet.place where id = ?", String.class, place)).isEqualTo("Noret");
        // a date of birth that is no date: the row is named and nothing is imported
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        "skola;klass;namn;årskurs;födelsedatum\nVästerås gymnasium;VO2;Mira Minderårig;11;31 maj\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(coordinator).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("födelsedatum")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, vasteras)).isZero();
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        ("skola;klass;namn;årskurs;födelsedatum;vårdnadshavare;språk\n"
                                + "Västerås gymnasium;VO2;Mira Minderårig;11;2010-05-31;mira.parent@example.se;en\n"
                                + "Västerås gymnasium;VO3;Vuxne Vilhelm;12;2008-06-01;vilhelm.foralder@example.se;\n").getBytes(StandardCharsets.UTF_8)))
                        .cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ?", Long.class, vasteras);
        long period = idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(coordinator).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", "APL").param("name", "APL vår").param("startsOn", "2027-01-11").param("endsOn", "2027-05-28"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        String evening = "2027-01-11 14:00-23:00\n2027-01-12 07:00-15:00\n";
        long[] placements = new long[2];
        String[] names = {"Mira Minderårig", "Vuxne Vilhelm"};
        for (int i = 0; i < 2; i++) {
            long pupil = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = ?", Long.class, vasteras, names[i]);
            placements[i] = idFrom(mvc.perform(post("/tillarbetslivet/pupils/" + pupil + "/placements").cookie(coordinator).with(csrf())
                            .param("periodId", String.valueOf(period)).param("placeId", String.valueOf(place)))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        }
        // the minor: more than eight hours, after 22 and too little rest, each message citing AFS 2012:3; nothing saved
        mvc.perform(post("/tillarbetslivet/placements/" + placements[0] + "/schedule").cookie(coordinator).with(csrf()).param("schedule", evening))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("9 timmar, mer än 8 (AFS 2012:3")))
                .andExpect(content().string(containsString("ligger utanför kl. 06–22")))
                .andExpect(content().string(containsString("vilan 8 timmar, mindre än 12")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.schedule_day where placement_id = ?", Integer.class, placements[0])).isZero();
        mvc.perform(post("/tillarbetslivet/placements/" + placements[0] + "/schedule").cookie(coordinator).with(csrf())
                .param("schedule", "2027-01-11 14:00-22:00\n2027-01-12 10:00-18:00\n")).andExpect(status().is3xxRedirection());
        // eighteen already: the workplace's hours
        mvc.perform(post("/tillarbetslivet/placements/" + placements[1] + "/schedule").cookie(coordinator).with(csrf()).param("schedule", evening))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/prao")).andExpect(status().isOk()).andExpect(content().string(containsString("högst 40 timmar per vecka")));

        // the guardians' mail in the language of the pupil's record: English for Mira, Swedish by default for Vilhelm
        mvc.perform(post("/tillarbetslivet/places/" + place + "/risk").cookie(coordinator).with(csrf())
                .param("riskAssessment", "Inga lyft över 15 kg.")).andExpect(status().is3xxRedirection());
        for (long placement : placements) {
            mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        }
        var english = jdbc.queryForMap("select subject, body from core.outgoing_mail where recipient = 'mira.parent@example.se'");
        assertThat(english.get("subject")).isEqualTo("Placement for prao, praktik or APL");
        assertThat((String) english.get("body")).startsWith("Hello!").contains("Mira Minderårig", "Västerås sjukhem", "2027-01-11 14:00–22:00",
                "Sara Sköterska", "Inga lyft över 15 kg.");
        var swedish = jdbc.queryForMap("select subject, body from core.outgoing_mail where recipient = 'vilhelm.foralder@example.se'");
        assertThat(swedish.get("subject")).isEqualTo("Placering för prao, praktik eller APL");
        assertThat((String) swedish.get("body")).startsWith("Hej!").contains("Vuxne Vilhelm", "Sara Sköterska");
        // the language on the pupil's page: only Swedish or English
        long mira = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Mira Minderårig'", Long.class, vasteras);
        mvc.perform(get("/tillarbetslivet/pupils/" + mira).cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"en\" selected=\"selected\">Engelska</option>")))
                .andExpect(content().string(containsString("2010-05-31")));
        mvc.perform(post("/tillarbetslivet/pupils/" + mira + "/guardians").cookie(coordinator).with(csrf()).param("emails", "mira.parent@example.se")
                .param("language", "fr")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj svenska eller engelska")));
        assertThat(jdbc.queryForObject("select language from tillarbetslivet.pupil where id = ?", String.class, mira)).isEqualTo("en");
        mvc.perform(post("/tillarbetslivet/pupils/" + mira + "/guardians").cookie(coordinator).with(csrf()).param("emails", "mira.parent@example.se")
                .param("language", "sv")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select language from tillarbetslivet.pupil where id = ?", String.class, mira)).isEqualTo("sv");
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                        "skola;klass;namn;årskurs;språk\nVästerås gymnasium;VO2;Fia Fransk;11;fr\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(coordinator).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("språk")));
    }

    @Test
    void theWorkplaceWithdrawsASignedOfferAndAnApprovedPlaceButNotOneWithAPupilPlaced() throws Exception {
        long linkoping = organisationId("Linköping");
        Cookie coordinator = coordinator("tal.offers.linkoping", "Linköping");
        Cookie maria = ResidentFlow.signIn(mvc, MARIA);
        String trade = "Återkallning" + Long.toString(System.nanoTime(), 36);
        long workplace = idFrom(mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser").cookie(maria).with(csrf())
                        .param("municipality", String.valueOf(linkoping)).param("name", "Återkallarna").param("orgNumber", "5560360793")
                        .param("address", "Ångvägen 3").param("trade", "Verkstad").param("area", "Centrum").param("email", "ater@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        long draft = offer(maria, workplace, trade);
        long signed = offer(maria, workplace, trade);
        long approved = offer(maria, workplace, trade);
        long occupied = offer(maria, workplace, trade);
        jdbc.update("update tillarbetslivet.place_offer set status = 'SIGNED', signed_at = now() where id in (?, ?, ?)", signed, approved, occupied);
        long freePlace = approve(approved, linkoping);
        long fullPlace = approve(occupied, linkoping);
        placePupils(linkoping, fullPlace, trade, "Placerad Elev");

        // a draft is discarded, not withdrawn; another person reaches nothing
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + draft + "/aterkalla").cookie(maria).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("Bara ett bekräftat eller godkänt erbjudande")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + signed + "/aterkalla").cookie(ResidentFlow.signIn(mvc, GUSTAV)).with(csrf()))
                .andExpect(status().isNotFound());

        // a signed offer awaiting the decision: withdrawn, and the coordinator can no longer approve it
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + signed).cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/erbjudanden/" + signed + "/aterkalla")));
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + signed + "/aterkalla").cookie(maria).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, signed)).isEqualTo("WITHDRAWN");
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + signed).cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Återkallat")));
        mvc.perform(post("/tillarbetslivet/offers/" + signed + "/approve").cookie(coordinator).with(csrf()).param("code", "W" + signed))
                .andExpect(status().isBadRequest());

        // an approved place with a pupil placed: refused with the reason, nothing changes
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + occupied + "/aterkalla").cookie(maria).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("en elev är placerad på platsen")));
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, occupied)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select seats from tillarbetslivet.place where id = ?", Integer.class, fullPlace)).isEqualTo(2);

        // an approved place without pupils: withdrawn, no seats, gone from the public list
        mvc.perform(get("/prao").param("bransch", trade)).andExpect(status().isOk()).andExpect(content().string(containsString(trade)));
        mvc.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + approved + "/aterkalla").cookie(maria).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select seats || ';' || (withdrawn_at is not null) from tillarbetslivet.place where id = ?", String.class,
                freePlace)).isEqualTo("0;true");
        mvc.perform(get("/prao").param("bransch", trade).param("kommun", String.valueOf(linkoping))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>1</td>")))
                .andExpect(content().string(not(containsString("<td>2</td>"))));
        mvc.perform(get("/tillarbetslivet/workplaces").cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Återkallat")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.offer' and target_id = ? "
                + "and detail like '%withdrawn%'", Integer.class, String.valueOf(approved))).isOne();
    }

    /** s10-tal: the workplace changes its approved offer as a new version, signed again; approved onto the same place, with its pupils. */
    @Test
    void theWorkplaceChangesAnApprovedOfferAsANewVersionAndTheCoordinatorEditsThePlaceUnderTheRules() throws Exception {
        long linkoping = organisationId("Linköping");
        Cookie coordinator = coordinator("tal.offers.linkoping", "Linköping");
        Cookie maria = ResidentFlow.signIn(mvc, MARIA);
        String trade = "Version" + Long.toString(System.nanoTime(), 36);
        long workplace = idFrom(mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser").cookie(maria).with(csrf())
                        .param("municipality", String.valueOf(linkoping)).param("name", "Versionsverkstan").param("orgNumber", "5560360793")
                        .param("address", "Ångvägen 5").param("trade", "Verkstad").param("area", "Centrum").param("email", "version@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        long first = offer(maria, workplace, trade);
        sign(maria, first);
        String code = "V" + first;
        mvc.perform(post("/tillarbetslivet/offers/" + first + "/approve").cookie(coordinator).with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection());
        long place = jdbc.queryForObject("select place_id from tillarbetslivet.place_offer where id = ?", Long.class, first);
        placePupils(linkoping, place, trade, "Första Eleven", "Andra Eleven");

        // the workplace opens the approved offer's change form, prefilled; bad input at the fields, nothing saved
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + first).cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/erbjudanden/" + first + "/andra")));
        mvc.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + first + "/andra").cookie(maria)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + trade + "\"")));
        mvc.perform(changeOf(first, trade, "3", "2027-03-19", "2027-03-08").cookie(maria))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("endsOn-error")));
        mvc.perform(changeOf(first, trade, "3", "2027-03-08", "2027-03-19").cookie(ResidentFlow.signIn(mvc, GUSTAV)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.place_offer where replaces_offer_id = ?", Integer.class, first)).isZero();
        long second = idFrom(mvc.perform(changeOf(first, trade, "3", "2027-03-08", "2027-03-26").cookie(maria))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        // one waiting version at a time; the old version stays in force until the new one is approved
        mvc.perform(changeOf(first, trade, "4", "2027-03-08", "2027-03-26").cookie(maria))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("kan inte ändras nu")));
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, first)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select seats from tillarbetslivet.place where id = ?", Integer.class, place)).isEqualTo(2);
        sign(maria, second);

        // the coordinator sees what changes and approves it onto the same place: its pupils' choices and placements stay
        mvc.perform(get("/tillarbetslivet/offers/" + second).cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ny version av erbjudande " + first)))
                .andExpect(content().string(containsString("2027-03-08 – 2027-03-26")))
                .andExpect(content().string(containsString("Godkänn ändringen av platsen")));
        mvc.perform(post("/tillarbetslivet/offers/" + second + "/approve").cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tillarbetslivet/places/" + place));
        assertThat(jdbc.queryForMap("select seats, ends_on::text as ends, code from tillarbetslivet.place where id = ?", place))
                .containsEntry("seats", 3).containsEntry("ends", "2027-03-26").containsEntry("code", code);
        assertThat(jdbc.queryForObject("select status || ';' || place_id from tillarbetslivet.place_offer where id = ?", String.class, second))
                .isEqualTo("APPROVED;" + place);
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, first)).isEqualTo("REPLACED");
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.placement where place_id = ?", Integer.class, place)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.choice where place_id = ?", Integer.class, place)).isEqualTo(2);

        // a version whose dates no longer meet the placed pupils' period is refused with the rule, and nothing changes
        long third = idFrom(mvc.perform(changeOf(second, trade, "3", "2027-04-05", "2027-04-09").cookie(maria))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        sign(maria, third);
        mvc.perform(post("/tillarbetslivet/offers/" + third + "/approve").cookie(coordinator).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Datumen måste möta perioden 2027-03-08 – 2027-03-19")));
        assertThat(jdbc.queryForObject("select starts_on::text from tillarbetslivet.place where id = ?", String.class, place)).isEqualTo("2027-03-08");
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, third)).isEqualTo("SIGNED");

        // the coordinator edits the place: not fewer seats than the two pupils placed at once, cited at the field; nothing saved
        mvc.perform(get("/tillarbetslivet/places/" + place + "/andra").cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Platsen har 2 placerade elever")));
        mvc.perform(editOf(place, "1", "Svetsa").cookie(coordinator))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("seats-error")))
                .andExpect(content().string(containsString("kan inte bli färre än 2")));
        mvc.perform(editOf(place, "0", "Svetsa").cookie(coordinator)).andExpect(status().isBadRequest());
        mvc.perform(editOf(place, "4", "Svetsa").cookie(coordinator("tal.offers.ydre", "Ydre"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select seats from tillarbetslivet.place where id = ?", Integer.class, place)).isEqualTo(3);
        mvc.perform(editOf(place, "4", "Eleven svetsar och slipar.").cookie(coordinator)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select seats, description from tillarbetslivet.place where id = ?", place))
                .containsEntry("seats", 4).containsEntry("description", "Eleven svetsar och slipar.");
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Eleven svetsar och slipar.")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.place' and target_id = ? "
                + "and detail like 'place changed by the coordinator: seats 3 -> 4%'", Integer.class, String.valueOf(place))).isOne();
    }

    /** A school of its own, its prao period 8–19 March 2027, and the pupils placed at the place in it (each choosing it first). */
    private void placePupils(long org, long place, String tag, String... names) {
        long school = jdbc.queryForObject("insert into tillarbetslivet.school (organisation_id, name) values (?, ?) returning id", Long.class,
                org, "Skola " + tag);
        long period = jdbc.queryForObject("insert into tillarbetslivet.period (organisation_id, school_id, kind, name, starts_on, ends_on) "
                + "values (?, ?, 'PRAO', 'Prao', '2027-03-08', '2027-03-19') returning id", Long.class, org, school);
        for (String name : names) {
            long pupil = jdbc.queryForObject("insert into tillarbetslivet.pupil (organisation_id, school_id, name, class_name, school_year) "
                    + "values (?, ?, ?, '8A', 8) returning id", Long.class, org, school, name);
            jdbc.update("insert into tillarbetslivet.choice (organisation_id, pupil_id, rank, place_id) values (?, ?, 1, ?)", org, pupil, place);
            jdbc.update("insert into tillarbetslivet.placement (organisation_id, pupil_id, period_id, place_id, created_by) values (?, ?, ?, ?, 'test')",
                    org, pupil, period, place);
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changeOf(long offer, String trade, String seats,
                                                                                                 String startsOn, String endsOn) {
        return post("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "/andra").with(csrf())
                .param("trade", trade).param("address", "Ångvägen 5").param("area", "Centrum").param("seats", seats)
                .param("startsOn", startsOn).param("endsOn", endsOn).param("minAge", "14").param("maxAge", "20")
                .param("supervisor", "Maria Exempelsson").param("supervisorEmail", "maria@example.se");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editOf(long place, String seats, String description) {
        return post("/tillarbetslivet/places/" + place + "/andra").with(csrf()).param("seats", seats).param("startsOn", "2027-03-08")
                .param("endsOn", "2027-03-26").param("minAge", "14").param("maxAge", "20").param("description", description);
    }

    /** Confirms the offer with the test identity provider's signing, as the first test walks through. */
    private void sign(Cookie resident, long offer) throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc, resident);
        String signingPage = flow.perform(post("/e-tjanster/tillarbetslivet/erbjudanden/" + offer + "/signera").with(csrf())).getRedirectedUrl();
        MockHttpServletResponse toProvider = flow.perform(get(signingPage + "/e-legitimation"));
        flow.answer(flow.choose(URI.create(toProvider.getRedirectedUrl()), MARIA));
        flow.perform(get("/e-tjanster/tillarbetslivet/erbjudanden/" + offer));
        assertThat(jdbc.queryForObject("select status from tillarbetslivet.place_offer where id = ?", String.class, offer)).isEqualTo("SIGNED");
    }

    private long offer(Cookie resident, long workplace, String trade) throws Exception {
        return idFrom(mvc.perform(post("/e-tjanster/tillarbetslivet/arbetsplatser/" + workplace + "/erbjudanden").cookie(resident).with(csrf())
                        .param("trade", trade).param("address", "Ångvägen 3").param("area", "Centrum").param("seats", "2")
                        .param("startsOn", "2027-03-08").param("endsOn", "2027-03-19").param("minAge", "14").param("maxAge", "20")
                        .param("supervisor", "Maria Exempelsson").param("supervisorEmail", "maria@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** Into the place bank as the coordinator's approval does, without the signing journey the first test walks through. */
    private long approve(long offer, long org) {
        long place = jdbc.queryForObject("""
                insert into tillarbetslivet.place (organisation_id, code, workplace, trade, address, seats, starts_on, ends_on, min_age, max_age,
                                                   supervisor, supervisor_email, area, workplace_id)
                select o.organisation_id, 'W' || o.id, 'Återkallarna', o.trade, o.address, o.seats, o.starts_on, o.ends_on, o.min_age, o.max_age,
                       o.supervisor, o.supervisor_email, o.area, o.workplace_id from tillarbetslivet.place_offer o where o.id = ? and o.organisation_id = ?
                returning id""", Long.class, offer, org);
        jdbc.update("update tillarbetslivet.place_offer set status = 'APPROVED', place_id = ?, decided_by = 'test', decided_at = now() where id = ?",
                place, offer);
        return place;
    }
}
