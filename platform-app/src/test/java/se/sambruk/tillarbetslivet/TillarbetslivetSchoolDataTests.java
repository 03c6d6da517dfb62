package se.sambruk.tillarbetslivet;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.schooldata.FakeSs12000Server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sambruk.schooldata.Ss12000Objects.group;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.person;
import static se.sambruk.schooldata.Ss12000Objects.pupil;

/** Class lists read from a municipality's SS 12000 API (the local fake EGIL's tests use): the chosen years, classes, a second read updates. */
class TillarbetslivetSchoolDataTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;
    @Autowired
    se.sambruk.tillarbetslivet.choosing.PupilKey pupilKey;

    @Test
    void theClassListsOfTheChosenYearsAreReadAndASecondReadUpdates() throws Exception {
        if (!users.existsByUsernameIgnoreCase("tal.nassjo")) {
            accounts.createUser("tal.nassjo", "Samordnare", "tal.nassjo@test.sambruk.se", organisationId("Nässjö"),
                    Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
        }
        Cookie nassjo = login("tal.nassjo");
        long org = organisationId("Nässjö");
        UUID organiser = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID alva = UUID.randomUUID();
        UUID bo = UUID.randomUUID();
        UUID sju = UUID.randomUUID();
        try (FakeSs12000Server school = new FakeSs12000Server()) {
            school.put("organisations", organisation(organiser, "Huvudman", "Nässjö kommun", null));
            school.put("organisations", organisation(unit, "Skolenhet", "Fågelskolan", organiser));
            school.put("persons", pupil(alva, "Alva", "Ås", null, unit, 8));
            school.put("persons", pupil(bo, "Bo", "Ek", "201011139803", unit, 9));
            school.put("persons", pupil(sju, "Sid", "Sju", null, unit, 7));
            school.put("persons", person(UUID.randomUUID(), "Lena", "Lärare", null));
            school.put("groups", group(UUID.randomUUID(), "8B", "Klass", unit, alva));

            // bad input: the guard's reason at the field, a reversed span of years
            mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(nassjo).with(csrf()).param("baseUrl", "http://169.254.169.254/ss12000")
                            .param("tokenUrl", "http://127.0.0.2/token").param("clientId", "x").param("clientSecret", "y")
                            .param("fromYear", "9").param("toYear", "8"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field-error")))
                    .andExpect(content().string(containsString("Till-årskursen kan inte vara före")));
            // a wrong secret: the reason in plain words, nothing read
            mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(nassjo).with(csrf()).param("baseUrl", allowFake(school.baseUrl()))
                            .param("tokenUrl", allowFake(school.tokenUrl())).param("clientId", FakeSs12000Server.CLIENT_ID)
                            .param("clientSecret", "fel").param("fromYear", "8").param("toYear", "9"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skoldatat gick inte att läsa")));
            assertThat(count(org)).isZero();

            mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(nassjo).with(csrf()).param("baseUrl", school.baseUrl())
                            .param("tokenUrl", school.tokenUrl()).param("clientId", FakeSs12000Server.CLIENT_ID)
                            .param("clientSecret", FakeSs12000Server.CLIENT_SECRET).param("fromYear", "8").param("toYear", "9"))
                    .andExpect(status().is3xxRedirection());
            assertThat(count(org)).isEqualTo(2);
            assertThat(jdbc.queryForObject("""
                    select s.name || ';' || p.class_name || ';' || p.school_year from tillarbetslivet.pupil p
                    join tillarbetslivet.school s on s.id = p.school_id where p.organisation_id = ? and p.name = 'Alva Ås'""", String.class, org))
                    .isEqualTo("Fågelskolan;8B;8");
            // only the date of birth of the civic number is kept (the time rules for minors), never the number
            assertThat(jdbc.queryForObject("select born_on::text from tillarbetslivet.pupil where organisation_id = ? and name = 'Bo Ek'",
                    String.class, org)).isEqualTo("2010-11-13");
            // s9-tal-a: and its keyed hash, by which the pupil signs in to rank choices
            assertThat(jdbc.queryForList("select person_hash from tillarbetslivet.pupil where organisation_id = ? order by name", String.class, org))
                    .containsExactly(null, pupilKey.hash(new se.sambruk.core.PersonalIdentityNumber("201011139803")).orElseThrow());

            school.put("persons", pupil(alva, "Alva", "Åsberg", null, unit, 8));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(nassjo).with(csrf()).param("baseUrl", school.baseUrl())
                            .param("tokenUrl", school.tokenUrl()).param("clientId", FakeSs12000Server.CLIENT_ID)
                            .param("clientSecret", FakeSs12000Server.CLIENT_SECRET).param("fromYear", "8").param("toYear", "9"))
                    .andExpect(status().is3xxRedirection());
            assertThat(count(org)).isEqualTo(2);
            mvc.perform(get("/tillarbetslivet/pupils").cookie(nassjo)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Alva Åsberg"))).andExpect(content().string(containsString("Bo Ek")));
            assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where name = 'Sid Sju'", Integer.class)).isZero();
        }
    }

    private int count(long org) {
        return jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, org);
    }
}
