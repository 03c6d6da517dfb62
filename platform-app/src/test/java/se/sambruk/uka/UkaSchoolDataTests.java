package se.sambruk.uka;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.schooldata.FakeSs12000Server;
import se.sambruk.uka.schooldata.SchoolDataReading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sambruk.schooldata.Ss12000Objects.enrol;
import static se.sambruk.schooldata.Ss12000Objects.organisation;
import static se.sambruk.schooldata.Ss12000Objects.person;
import static se.sambruk.schooldata.Ss12000Objects.registeredIn;

/**
 * The register read from the municipality's SS 12000 API (the shared fake, misbehaving as a real
 * peer can): the connection with a sealed secret, failed reads that change nothing and say why,
 * a good read that applies the coverage rules, the nightly read, and another municipality kept out.
 */
class UkaSchoolDataTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;
    @Autowired
    SchoolDataReading reading;

    final Random random = new Random();

    /** A valid personnummer of someone aged {@code years} and some days, with a serial UKA's demo data never uses (97x). */
    String pnr(int years) {
        String date = LocalDate.now().minusYears(years).minusDays(20 + random.nextInt(300)).toString().replace("-", "");
        String eleven = date + "97" + random.nextInt(10);
        return eleven + UkaPagesTests.check(eleven);
    }

    long people(long org) {
        return jdbc.queryForObject("select count(*) from uka.young_person where organisation_id = ?", Long.class, org);
    }

    long add(Cookie cookie, String pnr, String name, String programme) throws Exception {
        String location = mvc.perform(post("/uka/personer").cookie(cookie).with(csrf()).param("personnummer", pnr).param("name", name)
                        .param("registeredHere", "true").param("compulsorySchoolDone", "true").param("programme", programme))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theRegisterIsReadFromSs12000AndAFailedReadChangesNothing() throws Exception {
        Cookie bo = login("borlange");
        long org = organisationId("Borlänge");
        // from no connection: another test class may have saved Borlänge's first (UkaConnectorsBrowserTests does)
        jdbc.update("delete from schooldata.connection where organisation_id = ? and service = 'uka'", org);
        UUID unit = UUID.randomUUID();
        String newcomer = pnr(17), gyPupil = pnr(17), leaver = pnr(18), starter = pnr(17);
        long leaverId = add(bo, leaver, "Lova Lämnare", "ATTENDING");
        long starterId = add(bo, starter, "Sture Startare", "NONE");
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, leaverId)).isFalse();
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, starterId)).isTrue();

        try (FakeSs12000Server school = new FakeSs12000Server()) {
            school.put("organisations", organisation(unit, "Skolenhet", "Gymnasiet", null));
            school.put("persons", registeredIn(person(UUID.randomUUID(), "Nora", "Nykomling", newcomer), "2081"));
            school.put("persons", enrol(person(UUID.randomUUID(), "Gustav", "Gymnasist", gyPupil), unit, "GY", 1, "Naturvetenskapsprogrammet",
                    "2026-08-17", null));
            // the GY enrolment ended in the spring: left upper secondary school without an examen
            school.put("persons", enrol(person(UUID.randomUUID(), "Lova", "Lämnare", leaver), unit, "GY", 2, "Ekonomiprogrammet",
                    "2024-08-19", LocalDate.now().minusMonths(2).toString()));
            school.put("persons", enrol(person(UUID.randomUUID(), "Sture", "Startare", starter), unit, "GY", 1, "Bygg- och anläggningsprogrammet",
                    "2026-08-17", null));
            school.put("persons", person(UUID.randomUUID(), "Lena", "Lärare", null));

            // bad input: the guard's reason at the field, a missing secret; nothing saved
            mvc.perform(post("/uka/skoldata").cookie(bo).with(csrf()).param("baseUrl", "http://169.254.169.254/ss12000")
                            .param("tokenUrl", "http://10.0.0.1/token").param("clientId", "uka"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("internt nät")))
                    .andExpect(content().string(containsString("Fyll i klienthemligheten")));
            assertThat(jdbc.queryForObject("select count(*) from schooldata.connection where organisation_id = ? and service = 'uka'", Long.class, org)).isZero();

            // a wrong secret is saved (sealed), and the read says 401 and changes nothing
            long before = people(org);
            mvc.perform(post("/uka/skoldata").cookie(bo).with(csrf()).param("baseUrl", allowFake(school.baseUrl()))
                            .param("tokenUrl", school.tokenUrl()).param("clientId", FakeSs12000Server.CLIENT_ID).param("clientSecret", "fel-hemlighet"))
                    .andExpect(status().is3xxRedirection());
            String sealed = jdbc.queryForObject("select client_secret_cipher from schooldata.connection where organisation_id = ? and service = 'uka'", String.class, org);
            assertThat(sealed).startsWith("v1:").doesNotContain("fel-hemlighet");
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("HTTP 401")))
                    .andExpect(content().string(containsString("Ingenting ändrades")));
            assertThat(people(org)).isEqualTo(before);
            mvc.perform(post("/uka/skoldata/testa").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Anslutningen fungerar inte: HTTP 401")));

            // the right secret; the secret field left empty later keeps it
            mvc.perform(post("/uka/skoldata").cookie(bo).with(csrf()).param("baseUrl", school.baseUrl()).param("tokenUrl", school.tokenUrl())
                            .param("clientId", FakeSs12000Server.CLIENT_ID).param("clientSecret", FakeSs12000Server.CLIENT_SECRET))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/uka/skoldata").cookie(bo).with(csrf()).param("baseUrl", school.baseUrl()).param("tokenUrl", school.tokenUrl())
                            .param("clientId", FakeSs12000Server.CLIENT_ID).param("clientSecret", ""))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/uka/skoldata/testa").cookie(bo).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Anslutningen fungerar")));

            // the peer fails: 503, then too slow, then an answer that is not SS 12000, then one bad person
            school.failWith(503, "{\"code\":\"maintenance\",\"message\":\"internal detail 10.1.2.3\"}");
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("HTTP 503")))
                    .andExpect(content().string(not(containsString("10.1.2.3"))));
            school.failWith(0, null);
            school.slow(Duration.ofSeconds(3));
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Servern svarade inte i tid")));
            school.slow(Duration.ZERO);
            school.answerRaw("<html>Underhåll</html>");
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skoldatat gick inte att läsa")));
            school.answerRaw(null);
            String bad = pnr(17);
            UUID badId = UUID.randomUUID();
            ObjectNode badPerson = person(badId, "Bertil", "Bad", bad.substring(0, 11) + ((bad.charAt(11) - '0' + 1) % 10));
            school.put("persons", badPerson);
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("1 personer i skoldatat gick inte att läsa")))
                    .andExpect(content().string(containsString(badId.toString())));
            assertThat(people(org)).isEqualTo(before);
            assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, starterId)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from schooldata.run where service = 'uka' and organisation_id = ? and not ok", Long.class, org))
                    .isGreaterThanOrEqualTo(5);
            school.delete("persons", badId.toString());

            // a good read, page by page: the rules decide
            int requests = school.collectionRequests();
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(school.collectionRequests() - requests).as("five persons, two a page").isGreaterThanOrEqualTo(3);
            assertThat(people(org)).isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("select covered from uka.young_person where organisation_id = ? and personnummer = ?", Boolean.class,
                    org, newcomer)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from uka.young_person where personnummer = ?", Long.class, gyPupil)).isZero();
            assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, leaverId)).isTrue();
            assertThat(jdbc.queryForObject("select reason from uka.coverage_period where person_id = ? and end_date is null", String.class, leaverId))
                    .contains("lämnat gymnasieskolan");
            assertThat(jdbc.queryForObject("select registration_reason from uka.coverage_period where person_id = ? and end_date is null", String.class,
                    leaverId)).as("SCB's orsak till registrering").isEqualTo("AVBROTT");
            assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, starterId)).isFalse();
            assertThat(jdbc.queryForObject("select end_reason from uka.coverage_period where person_id = ?", String.class, starterId))
                    .isEqualTo("NATIONELLT_PROGRAM");
            mvc.perform(get("/uka/skoldata").cookie(bo)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("5 personer lästa, 1 nya i registret, 2 uppdaterade; 2 började och 1 slutade omfattas")))
                    .andExpect(content().string(not(containsString(FakeSs12000Server.CLIENT_SECRET))));
            mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Nora Nykomling")));
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.ss12000' and target_org_id = ?",
                    Long.class, org)).isGreaterThanOrEqualTo(6);

            // the same data again changes nothing
            mvc.perform(post("/uka/skoldata/las").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select (figures->>'updated') || ';' || (figures->>'added') from schooldata.run where service = 'uka' and organisation_id = ? "
                    + "order by id desc limit 1", String.class, org)).isEqualTo("0;0");

            // the nightly read reads the connections set to it, and only those
            reading.readNightly();
            long nightly = jdbc.queryForObject("select count(*) from schooldata.run where service = 'uka' and organisation_id = ? and trigger = 'NIGHTLY'", Long.class, org);
            assertThat(nightly).isZero();
            mvc.perform(post("/uka/skoldata").cookie(bo).with(csrf()).param("baseUrl", school.baseUrl()).param("tokenUrl", school.tokenUrl())
                            .param("clientId", FakeSs12000Server.CLIENT_ID).param("nightly", "true"))
                    .andExpect(status().is3xxRedirection());
            reading.readNightly();
            assertThat(jdbc.queryForObject("select count(*) from schooldata.run where service = 'uka' and organisation_id = ? and trigger = 'NIGHTLY' and ok",
                    Long.class, org)).isEqualTo(1);
            mvc.perform(get("/uka/skoldata").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Nattlig läsning")));
        }
    }

    @Test
    void anotherMunicipalitySeesNoConnectionAndCannotReadBorlangesSource() throws Exception {
        if (!users.existsByUsernameIgnoreCase("uka.test.hedemora.sd")) {
            accounts.createUser("uka.test.hedemora.sd", "Hedda Handläggare", null, organisationId("Hedemora"), Set.of(UkaModule.UKA_CASEWORKER),
                    DEMO_PASSWORD);
        }
        long borlange = organisationId("Borlänge");
        jdbc.update("""
                insert into schooldata.connection (organisation_id, service, base_url, token_url, client_id, client_secret_cipher, updated_by)
                values (?, 'uka', 'https://borlange.example/ss12000', 'https://borlange.example/token', 'borlange-klient', 'v1:x', 'test')
                on conflict (organisation_id, service) do nothing""", borlange);
        Cookie hedemora = login("uka.test.hedemora.sd");
        mvc.perform(get("/uka/skoldata").cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("borlange"))));
        mvc.perform(post("/uka/skoldata/las").cookie(hedemora).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Ingen anslutning")));
        // a user without the role is kept out
        mvc.perform(get("/uka/skoldata").cookie(login("ale"))).andExpect(status().is4xxClientError());
    }

    @Test
    void ukasOldConnectionAndRunsAreMovedToTheSharedSchoolData() throws Exception {
        String migration = "db/migration/uka/V10__school_data_to_platform.sql";
        long org = organisationId("Hedemora");
        jdbc.update("delete from schooldata.run where organisation_id = ? and service = 'uka'", org);
        jdbc.update("delete from schooldata.connection where organisation_id = ? and service = 'uka'", org);
        // uka's tables as uka/V6 made them, with a connection and two reads
        jdbc.execute(new String(new org.springframework.core.io.ClassPathResource("db/migration/uka/V6__school_data.sql").getInputStream()
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        jdbc.update("""
                insert into uka.school_data_connection (organisation_id, base_url, token_url, client_id, client_secret_cipher, nightly, updated_by)
                values (?, 'https://hedemora.example/ss12000', 'https://hedemora.example/token', 'hedemora', 'v1:sealed', true, 'hedda')""", org);
        jdbc.update("""
                insert into uka.school_data_run (organisation_id, started_at, finished_at, trigger, by_whom, ok, persons_read, added, updated, started, ended)
                values (?, now() - interval '1 day', now() - interval '1 day', 'NIGHTLY', 'natt', true, 12, 3, 4, 1, 2),
                       (?, now(), now(), 'MANUAL', 'hedda', false, 0, 0, 0, 0, 0)""", org, org);

        jdbc.execute(new String(new org.springframework.core.io.ClassPathResource(migration).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(jdbc.queryForObject("select to_regclass('uka.school_data_connection') is null and to_regclass('uka.school_data_run') is null",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForMap("select base_url, client_secret_cipher, nightly, updated_by from schooldata.connection "
                + "where organisation_id = ? and service = 'uka'", org)).containsEntry("base_url", "https://hedemora.example/ss12000")
                .containsEntry("client_secret_cipher", "v1:sealed").containsEntry("nightly", true).containsEntry("updated_by", "hedda");
        assertThat(jdbc.queryForList("select figures::text from schooldata.run where organisation_id = ? and service = 'uka' order by started_at",
                String.class, org)).hasSize(2).first().asString().contains("\"ended\": 2");
        jdbc.update("delete from schooldata.run where organisation_id = ? and service = 'uka'", org);
        jdbc.update("delete from schooldata.connection where organisation_id = ? and service = 'uka'", org);
    }
}
