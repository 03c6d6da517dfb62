package se.sambruk.tillarbetslivet;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.schooldata.FakeSs12000Server;
import se.sambruk.tillarbetslivet.season.ClassListReading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sambruk.schooldata.Ss12000Objects.group;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.person;
import static se.sambruk.schooldata.Ss12000Objects.pupil;

/**
 * Class lists read through the municipality's stored SS 12000 connection (the shared fake, misbehaving as a
 * real peer can): the chosen years and classes, a sealed secret, a test, failed reads that change nothing
 * and say why, the nightly read, and another municipality kept out.
 */
class TillarbetslivetSchoolDataTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;
    @Autowired
    ClassListReading reading;
    @Autowired
    se.sambruk.tillarbetslivet.choosing.PupilKey pupilKey;

    @Test
    void theStoredConnectionReadsTheClassListsAndAFailedReadChangesNothing() throws Exception {
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
            school.pageSize(2);
            school.put("organisations", organisation(organiser, "Huvudman", "Nässjö kommun", null));
            school.put("organisations", organisation(unit, "Skolenhet", "Fågelskolan", organiser));
            school.put("persons", pupil(alva, "Alva", "Ås", null, unit, 8));
            school.put("persons", pupil(bo, "Bo", "Ek", "201011139803", unit, 9));
            school.put("persons", pupil(sju, "Sid", "Sju", null, unit, 7));
            school.put("persons", person(UUID.randomUUID(), "Lena", "Lärare", null));
            school.put("groups", group(UUID.randomUUID(), "8B", "Klass", unit, alva));

            // bad input: the guard's reason at the field, a reversed span of years, no secret; nothing stored
            mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(nassjo).with(csrf()).param("baseUrl", "http://169.254.169.254/ss12000")
                            .param("tokenUrl", "http://127.0.0.2/token").param("clientId", "x").param("fromYear", "9").param("toYear", "8"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field-error")))
                    .andExpect(content().string(containsString("internt nät")))
                    .andExpect(content().string(containsString("Till-årskursen kan inte vara före")))
                    .andExpect(content().string(containsString("Fyll i klienthemligheten")));
            assertThat(connections(org)).isZero();

            // a wrong secret is stored sealed; the test and the read say 401, nothing is read
            save(nassjo, allowFake(school.baseUrl()), allowFake(school.tokenUrl()), "fel-hemlighet", false);
            assertThat(jdbc.queryForObject("select client_secret_cipher from schooldata.connection where organisation_id = ? and service = 'tillarbetslivet'",
                    String.class, org)).startsWith("v1:").doesNotContain("fel-hemlighet");
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/testa").cookie(nassjo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Anslutningen fungerar inte: HTTP 401")));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(nassjo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("HTTP 401")))
                    .andExpect(content().string(containsString("Ingenting ändrades")));
            assertThat(count(org)).isZero();

            // the right secret: the test passes, and the read takes years 8-9, page by page
            save(nassjo, school.baseUrl(), school.tokenUrl(), FakeSs12000Server.CLIENT_SECRET, false);
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/testa").cookie(nassjo).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Anslutningen fungerar")));
            int requests = school.collectionRequests();
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(nassjo).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("schoolDataOutcome"));
            assertThat(school.collectionRequests() - requests).as("four persons, two a page, and the other kinds").isGreaterThanOrEqualTo(3);
            assertThat(count(org)).isEqualTo(2);
            assertThat(jdbc.queryForObject("""
                    select s.name || ';' || p.class_name || ';' || p.school_year from tillarbetslivet.pupil p
                    join tillarbetslivet.school s on s.id = p.school_id where p.organisation_id = ? and p.name = 'Alva Ås'""", String.class, org))
                    .isEqualTo("Fågelskolan;8B;8");
            // only the date of birth of the civic number is kept (the time rules for minors), never the number
            assertThat(jdbc.queryForObject("select born_on::text from tillarbetslivet.pupil where organisation_id = ? and name = 'Bo Ek'",
                    String.class, org)).isEqualTo("2010-11-13");
            assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where name = 'Sid Sju'", Integer.class)).isZero();
            // s9-tal-a: and its keyed hash, by which the pupil signs in to rank choices
            assertThat(jdbc.queryForList("select person_hash from tillarbetslivet.pupil where organisation_id = ? order by name", String.class, org))
                    .containsExactly(null, pupilKey.hash(new se.sambruk.core.PersonalIdentityNumber("201011139803")).orElseThrow());

            // a changed pupil and one bad record: nothing changes, the page names the record
            school.put("persons", pupil(alva, "Alva", "Åsberg", null, unit, 8));
            UUID bad = UUID.randomUUID();
            school.put("persons", pupil(bad, "Berit", "Bad", "20101113-9803", unit, 8));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(nassjo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("1 poster i skoldatat gick inte att läsa")))
                    .andExpect(content().string(containsString(bad.toString())));
            school.delete("persons", bad.toString());
            // the peer fails (no internal detail shown), then is too slow: nothing changes either
            school.failWith(503, "{\"code\":\"maintenance\",\"message\":\"internal detail 10.1.2.3\"}");
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(nassjo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("HTTP 503")))
                    .andExpect(content().string(not(containsString("10.1.2.3"))));
            school.failWith(0, null);
            school.slow(Duration.ofSeconds(3));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(nassjo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Servern svarade inte i tid")));
            school.slow(Duration.ZERO);
            assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ? and name = 'Alva Ås'",
                    Integer.class, org)).isOne();
            mvc.perform(get("/tillarbetslivet/pupils/ss12000").cookie(nassjo)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("1 poster i skoldatat gick inte att läsa")))
                    .andExpect(content().string(containsString("7 poster lästa: 2 nya elever, 0 uppdaterade")))
                    .andExpect(content().string(not(containsString(FakeSs12000Server.CLIENT_SECRET))));

            // the secret left empty keeps it; read every night: the night's read updates the pupil
            save(nassjo, school.baseUrl(), school.tokenUrl(), "", true);
            reading.readNightly();
            assertThat(jdbc.queryForObject("select count(*) from schooldata.run where organisation_id = ? and service = 'tillarbetslivet' "
                    + "and trigger = 'NIGHTLY' and ok", Long.class, org)).isOne();
            assertThat(count(org)).isEqualTo(2);
            mvc.perform(get("/tillarbetslivet/pupils").cookie(nassjo)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Alva Åsberg"))).andExpect(content().string(containsString("Bo Ek")));
            mvc.perform(get("/tillarbetslivet/pupils/ss12000").cookie(nassjo)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nattlig läsning")));
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.ss12000' and target_org_id = ?",
                    Long.class, org)).isGreaterThanOrEqualTo(6);

            // another municipality sees no connection and reads nothing of Nässjö's
            if (!users.existsByUsernameIgnoreCase("tal.tranas.sd")) {
                accounts.createUser("tal.tranas.sd", "Samordnare", "tal.tranas.sd@test.sambruk.se", organisationId("Tranås"),
                        Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
            }
            Cookie tranas = login("tal.tranas.sd");
            mvc.perform(get("/tillarbetslivet/pupils/ss12000").cookie(tranas)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(school.baseUrl()))));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/las").cookie(tranas).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Ingen anslutning")));
            mvc.perform(post("/tillarbetslivet/pupils/ss12000/testa").cookie(tranas).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Ingen anslutning")));
        }
    }

    private void save(Cookie cookie, String baseUrl, String tokenUrl, String secret, boolean nightly) throws Exception {
        mvc.perform(post("/tillarbetslivet/pupils/ss12000").cookie(cookie).with(csrf()).param("baseUrl", baseUrl).param("tokenUrl", tokenUrl)
                        .param("clientId", FakeSs12000Server.CLIENT_ID).param("clientSecret", secret).param("fromYear", "8").param("toYear", "9")
                        .param("nightly", String.valueOf(nightly)))
                .andExpect(status().is3xxRedirection());
    }

    private long connections(long org) {
        return jdbc.queryForObject("select count(*) from schooldata.connection where organisation_id = ? and service = 'tillarbetslivet'", Long.class, org);
    }

    private int count(long org) {
        return jdbc.queryForObject("select count(*) from tillarbetslivet.pupil where organisation_id = ?", Integer.class, org);
    }
}
