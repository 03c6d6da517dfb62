package se.sambruk.uka;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Statistics over a chosen period: known people give known counts on the page and in the download; another municipality counts none of them. */
class UkaStatisticsTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    long person(long org, String pnr, String name, String start, String end, String endReason) {
        long id = jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name) values (?, ?, ?) returning id", Long.class,
                org, pnr, name);
        jdbc.update("insert into uka.coverage_period (organisation_id, person_id, start_date, end_date, reason, end_reason, registration_reason) "
                + "values (?, ?, cast(? as date), cast(? as date), 'test', ?, 'GRUNDSKOLA')",
                org, id, start, end, endReason);
        return id;
    }

    @Test
    void knownPeopleGiveKnownFiguresOnThePageAndInTheDownload() throws Exception {
        long borlange = organisationId("Borlänge");
        // three people covered in the first half of 2023 (a period no other test uses)
        String woman = "20060101248";
        woman = woman + UkaPagesTests.check(woman);
        String man = "20050630237";
        man = man + UkaPagesTests.check(man);
        String other = "20040801457";
        other = other + UkaPagesTests.check(other);
        if (jdbc.queryForObject("select count(*) from uka.young_person where organisation_id = ? and personnummer = ?", Long.class, borlange, woman) == 0) {
            long a = person(borlange, woman, "Statistik Ett", "2022-09-01", null, null);
            jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached) values (?, ?, date '2023-02-01', 'TELEFON', 'x', true)", borlange, a);
            jdbc.update("insert into uka.action (organisation_id, person_id, category, start_date, responsible) values (?, ?, 'PRAKTIK', date '2023-03-01', 'x')", borlange, a);
            person(borlange, man, "Statistik Två", "2022-10-01", "2023-04-01", "FLYTTAT");
            person(borlange, other, "Statistik Tre", "2023-05-01", null, null);
        }
        Cookie bo = login("borlange");
        mvc.perform(get("/uka/statistik?fran=2023-01-01&till=2023-06-30").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 personer omfattades")))
                .andExpect(content().string(containsString("Kön (enligt personnumret)")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Slutade: Flyttat från kommunen")));
        String csv = new String(mvc.perform(get("/uka/statistik/csv?fran=2023-01-01&till=2023-06-30").cookie(bo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Totalt;;3\r\n", "Kön;Kvinnor;1\r\n", "Kön;Män;2\r\n", "Fick kontakt under perioden;Fick kontakt;1\r\n",
                "Fick kontakt under perioden;Fick inte kontakt;2\r\n", "Status;Omfattas fortfarande;2\r\n", "Ålder;17;1\r\n", "Ålder;18;2\r\n", "Ålder;19;0\r\n",
                "Kategori;Praktik;1\r\n");
        mvc.perform(get("/uka/statistik/xlsx?fran=2023-01-01&till=2023-06-30").cookie(bo)).andExpect(status().isOk());

        // dates it cannot read: the page says so and shows the half-year so far; a download is a 400
        mvc.perform(get("/uka/statistik?fran=2023-06-30&till=2023-01-01").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Datumen gick inte att läsa")));
        mvc.perform(get("/uka/statistik/csv?fran=igår").cookie(bo)).andExpect(status().isBadRequest());

        // Hedemora's caseworker counts none of Borlänge's people
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(UkaPagesTests.HEDEMORA_CASEWORKER)) {
                accounts.createUser(UkaPagesTests.HEDEMORA_CASEWORKER, "Hanna Handläggare", null, organisationId("Hedemora"),
                        Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        mvc.perform(get("/uka/statistik?fran=2023-01-01&till=2023-06-30").cookie(login(UkaPagesTests.HEDEMORA_CASEWORKER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 personer omfattades")));
    }
}
