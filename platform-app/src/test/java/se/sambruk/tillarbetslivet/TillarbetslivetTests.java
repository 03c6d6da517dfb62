package se.sambruk.tillarbetslivet;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

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

/** A school's season end to end, the demo, and that another municipality's records answer 404 by id. */
class TillarbetslivetTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie coordinator(String username, String organisation) throws Exception {
        synchronized (TillarbetslivetTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Samordnare " + username, username + "@test.sambruk.se", organisationId(organisation),
                        Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    long addPlace(Cookie user, String code, int seats) throws Exception {
        String location = mvc.perform(post("/tillarbetslivet/places").cookie(user).with(csrf())
                        .param("code", code).param("workplace", "Arbetsplats " + code).param("trade", "Handel").param("address", "Gatan 1")
                        .param("seats", String.valueOf(seats)).param("startsOn", "2027-03-08").param("endsOn", "2027-03-12")
                        .param("minAge", "14").param("supervisor", "Hanna Handledare").param("supervisorEmail", "hanna@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "klass.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    long run(Cookie user, String rule, long seed) throws Exception {
        String location = mvc.perform(post("/tillarbetslivet/runs").cookie(user).with(csrf()).param("rule", rule).param("seed", String.valueOf(seed)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSchoolsWholeSeasonImportChoicesAllocateAdjustPublish() throws Exception {
        Cookie hedemora = coordinator("tal.hedemora", "Hedemora");
        long org = organisationId("Hedemora");
        mvc.perform(get("/tillarbetslivet").cookie(hedemora)).andExpect(status().isOk()).andExpect(content().string(containsString("Fördelningar")));

        // a place with bad input: 400 with the field errors, nothing saved
        mvc.perform(post("/tillarbetslivet/places").cookie(hedemora).with(csrf()).param("code", "a b").param("seats", "0")
                        .param("startsOn", "2027-03-12").param("endsOn", "2027-03-08").param("supervisorEmail", "inte-en-adress"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("Sista dagen kan inte vara före första dagen")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.place where organisation_id = ?", Integer.class, org)).isZero();

        long vard = addPlace(hedemora, "H1", 1);
        long bygg = addPlace(hedemora, "H2", 1);
        long bibl = addPlace(hedemora, "H3", 2);
        mvc.perform(post("/tillarbetslivet/places").cookie(hedemora).with(csrf()).param("code", "h1").param("workplace", "X").param("trade", "Y")
                        .param("address", "Z").param("seats", "1").param("startsOn", "2027-03-08").param("endsOn", "2027-03-12")
                        .param("minAge", "14").param("supervisor", "S").param("supervisorEmail", "s@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Koden används redan")));

        // a class list with bad rows imports nothing and names every bad row
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(csv("""
                        skola;klass;namn;årskurs;val1;val2;val3
                        Hedemoraskolan;8A;Anna A;8;H1;H2;H3
                        Hedemoraskolan;8A;;8;H1;;
                        Hedemoraskolan;8A;Bo B;åtta;H9;;
                        """)).cookie(hedemora).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ingenting importerades")))
                .andExpect(content().string(containsString("Rad 3, namn: saknas"))).andExpect(content().string(containsString("Rad 4, årskurs")));
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, org)).isZero();
        mvc.perform(multipart("/tillarbetslivet/pupils/import").cookie(hedemora).with(csrf())).andExpect(status().isBadRequest());

        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(csv("""
                        skola;klass;namn;årskurs;val1;val2;val3
                        Hedemoraskolan;8A;Anna A;8;H1;H2;H3
                        Hedemoraskolan;8A;Bo B;8;H1;H3;
                        Hedemoraskolan;8B;Cia C;8;H1;H2;
                        Hedemoraskolan;8B;Dan D;8;H2;H1;H3
                        Hedemoraskolan;8B;Eva E;8;H1;;
                        """)).cookie(hedemora).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tillarbetslivet/pupils"));
        mvc.perform(get("/tillarbetslivet/pupils").cookie(hedemora)).andExpect(status().isOk()).andExpect(content().string(containsString("Dan D")));
        long anna = jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = 'Anna A'", Long.class, org);
        mvc.perform(get("/tillarbetslivet/pupils/" + anna).cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Arbetsplats H3")));
        assertThat(audited("tillarbetslivet.pupil", anna)).isPositive();

        // allocate: four seats for five pupils; the same seed gives the same result
        long first = run(hedemora, "DEFERRED_ACCEPTANCE", 42);
        long again = run(hedemora, "DEFERRED_ACCEPTANCE", 42);
        assertThat(placesOf(org, again)).isEqualTo(placesOf(org, first));
        assertThat(placesOf(org, first).values().stream().filter(p -> p != null).count()).isEqualTo(4);
        mvc.perform(get("/tillarbetslivet/runs/" + first).cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(containsString("alla platser gick till elever med bättre lottnummer")))
                .andExpect(content().string(containsString("Elever utan plats")))
                .andExpect(content().string(containsString("Vilket val eleverna fick")));
        assertThat(audited("tillarbetslivet.run", first)).isPositive();
        run(hedemora, "RANK_WITH_LOTTERY", 42);
        run(hedemora, "ENOUGH_CHOICES_FIRST", 42);

        // adjust by hand: a reason is required, a full place refused, the change logged
        Long unplaced = placesOf(org, first).entrySet().stream().filter(e -> e.getValue() == null).findFirst().orElseThrow().getKey();
        Long annasPlace = placesOf(org, first).get(anna);
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/adjust").cookie(hedemora).with(csrf())
                .param("pupil", String.valueOf(unplaced)).param("place", String.valueOf(bibl)).param("reason", " "));
        assertThat(placesOf(org, first).get(unplaced)).isNull();
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/adjust").cookie(hedemora).with(csrf())
                .param("pupil", String.valueOf(unplaced)).param("place", String.valueOf(annasPlace)).param("reason", "Byte"));
        assertThat(placesOf(org, first).get(unplaced)).isNull();
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/adjust").cookie(hedemora).with(csrf())
                        .param("pupil", String.valueOf(anna)).param("place", "").param("reason", "Har ordnat egen plats"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/adjust").cookie(hedemora).with(csrf())
                        .param("pupil", String.valueOf(unplaced)).param("place", String.valueOf(annasPlace)).param("reason", "Fick Annas plats"))
                .andExpect(status().is3xxRedirection());
        assertThat(placesOf(org, first).get(unplaced)).isEqualTo(annasPlace);
        assertThat(placesOf(org, first).get(anna)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.adjustment' and target_id = ?",
                Integer.class, String.valueOf(first))).isEqualTo(2);
        mvc.perform(get("/tillarbetslivet/runs/" + first).cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändrad för hand: Fick Annas plats")));

        // publish: frozen
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/publish").cookie(hedemora).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tillarbetslivet/runs/" + first + "/adjust").cookie(hedemora).with(csrf())
                .param("pupil", String.valueOf(anna)).param("place", String.valueOf(vard)).param("reason", "För sent"));
        assertThat(placesOf(org, first).get(anna)).isNull();
        mvc.perform(get("/tillarbetslivet/runs/" + first).cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publicerad")))
                .andExpect(content().string(not(containsString("Ändra för hand"))));
        mvc.perform(post("/tillarbetslivet/runs").cookie(hedemora).with(csrf()).param("rule", "NO_SUCH_RULE").param("seed", "1"))
                .andExpect(status().isBadRequest());
        assertThat(bygg).isPositive();
    }

    @Test
    void anotherMunicipalitysPupilPlaceAndRunAnswer404ById() throws Exception {
        Cookie kinda = coordinator("tal.kinda", "Kinda");
        long place = addPlace(kinda, "K1", 1);
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(csv("skola;klass;namn;årskurs;val1\nKindaskolan;9A;Hemlig Elev;9;K1\n"))
                .cookie(kinda).with(csrf())).andExpect(status().is3xxRedirection());
        long pupil = jdbc.queryForObject("select id from tillarbetslivet.pupil where name = 'Hemlig Elev'", Long.class);
        long run = run(kinda, "DEFERRED_ACCEPTANCE", 1);

        Cookie leksand = coordinator("tal.leksand", "Leksand");
        mvc.perform(get("/tillarbetslivet/pupils/" + pupil).cookie(leksand)).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/places/" + place).cookie(leksand)).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/runs/" + run).cookie(leksand)).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/runs/" + run + "/adjust").cookie(leksand).with(csrf())
                .param("pupil", String.valueOf(pupil)).param("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/runs/" + run + "/publish").cookie(leksand).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select published_at is null from tillarbetslivet.allocation_run where id = ?", Boolean.class, run)).isTrue();
        mvc.perform(get("/tillarbetslivet/pupils").cookie(leksand)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Hemlig Elev"))));
        // Kiruna does not use the service; a CASEWORKER of Borlänge without the role is refused too
        mvc.perform(get("/tillarbetslivet").cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/tillarbetslivet/runs/" + run)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDemoCoordinatorOfBorlangeAllocatesTheDemoSeason() throws Exception {
        Cookie borlange = login("borlange");
        // the demo's 61 pupils at 2 schools, and whatever other test classes have added to Borlänge by now
        long org = organisationId("Borlänge");
        int pupils = jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, org);
        int schools = jdbc.queryForObject("select count(*) from tillarbetslivet.school where organisation_id = ?", Integer.class, org);
        assertThat(pupils).isGreaterThanOrEqualTo(61);
        mvc.perform(get("/tillarbetslivet").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString(pupils + " elever på " + schools + " skolor")));
        long run = run(borlange, "DEFERRED_ACCEPTANCE", 2027);
        mvc.perform(get("/tillarbetslivet/runs/" + run).cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Per elev")));
        mvc.perform(get("/tillarbetslivet/places").cookie(borlange)).andExpect(status().isOk()).andExpect(content().string(containsString("P30")));
        // s10-tal: the demo's 30 places have fixed demo positions in Borlänge (their made-up addresses are on no map)
        assertThat(jdbc.queryForObject("""
                select count(*) from tillarbetslivet.place where organisation_id = ? and code ~ '^P[0-9][0-9]$'
                and lat between 60.45 and 60.55 and lon between 15.35 and 15.50 and position_source = 'HAND'""", Integer.class, org)).isEqualTo(30);
    }

    private int audited(String type, long id) {
        return jdbc.queryForObject("select count(*) from core.audit_event where target_type = ? and target_id = ?", Integer.class, type,
                String.valueOf(id));
    }

    private Map<Long, Long> placesOf(long org, long run) {
        Map<Long, Long> places = new java.util.HashMap<>();
        jdbc.query("""
                select pupil_id, case when adjusted then adjusted_place_id else place_id end from tillarbetslivet.allocation_result
                where organisation_id = ? and run_id = ?""", rs -> {
            places.put(rs.getLong(1), (Long) rs.getObject(2));
        }, org, run);
        return places;
    }
}
