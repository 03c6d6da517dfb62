package se.sambruk.provisum;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The office's statistics: the core's charts over the municipalities it serves, and the same figures as CSV and XLSX. */
class ProvisumStatisticsTests extends PlatformTest {

    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.core.security.UserAccounts accounts;
    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.core.security.AppUsers users;

    @Test
    void theOfficeSeesItsOwnFiguresAsChartsAndExports() throws Exception {
        Cookie bo = login("borlange");
        mvc.perform(get("/provisum/statistics").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ärenden per typ och status")))
                .andExpect(content().string(containsString("Granskade årsräkningar per utfall")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("Visa siffrorna som tabell")));

        List<Long> served = List.of(organisationId("Borlänge"), organisationId("Falun"), organisationId("Gagnef"), organisationId("Ludvika"),
                organisationId("Smedjebacken"), organisationId("Säter"));
        String in = served.toString().replace('[', '(').replace(']', ')');
        long open = jdbc.queryForObject("select count(*) from provisum.case_file where type = 'ARSRAKNING' and status = 'OPEN' and municipality_id in " + in, Long.class);
        long closed = jdbc.queryForObject("select count(*) from provisum.case_file where type = 'ARSRAKNING' and status = 'CLOSED' and municipality_id in " + in, Long.class);
        String csv = new String(mvc.perform(get("/provisum/statistics.csv").cookie(bo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Ärendetyp;Öppet;Avslutat;Försenade").contains("Årsräkning;" + open + ";" + closed + ";");
        byte[] xlsx = mvc.perform(get("/provisum/statistics.xlsx").cookie(bo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // Mora's office counts only its own municipalities: none of Borlänge's annual accounts
        synchronized (ProvisumStatisticsTests.class) {
            if (!users.existsByUsernameIgnoreCase("mora-stats")) {
                accounts.createUser("mora-stats", "Test mora-stats", null, organisationId("Mora"),
                        java.util.Set.of("CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER), DEMO_PASSWORD);
            }
        }
        String moraCsv = new String(mvc.perform(get("/provisum/statistics.csv").cookie(login("mora-stats"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(moraCsv).contains("Ärendetyp").doesNotContain("Årsräkning;");
        mvc.perform(get("/provisum/statistics.csv").cookie(login("kiruna"))).andExpect(status().isForbidden());
    }
}
