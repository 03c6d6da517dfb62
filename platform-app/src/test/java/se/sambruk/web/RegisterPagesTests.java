package se.sambruk.web;

import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegisterPagesTests extends PlatformTest {

    @Test
    void referenceDataIsLoaded() {
        assertThat(jdbc.queryForObject("select count(*) from core.organisation where type = 'MUNICIPALITY'", Integer.class)).isEqualTo(290);
        assertThat(jdbc.queryForObject("select sum(population) from core.organisation where type = 'MUNICIPALITY'", Long.class))
                .isEqualTo(10_452_326L);
        assertThat(jdbc.queryForObject("select count(*) from core.organisation where type = 'REGION'", Integer.class)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from core.service", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForList("""
                select c.name from core.subscription s join core.service sv on sv.id = s.service_id
                join core.organisation o on o.id = s.organisation_id
                join core.subscription_covers sc on sc.subscription_id = s.id join core.organisation c on c.id = sc.organisation_id
                where sv.code = 'provisum' and o.name = 'Mora' order by c.name
                """, String.class)).containsExactly("Leksand", "Orsa", "Rättvik", "Vansbro", "Älvdalen");
        assertThat(jdbc.queryForObject("select count(*) from core.organisation_acts_for a join core.organisation o on o.id = a.organisation_id "
                + "where o.name = 'Göteborgsregionen'", Integer.class)).isEqualTo(13);
    }

    @Test
    void publicPagesShowTheRegister() throws Exception {
        mvc.perform(get("/services/provisum")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Resursen AB")))
                .andExpect(content().string(containsString("Leksand, Orsa, Rättvik, Vansbro, Älvdalen")));
        mvc.perform(get("/organisations").param("type", "MUNICIPALITY").param("q", "Mora")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Mora<")));
        mvc.perform(get("/organisations/" + organisationId("Ale"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Genom Göteborgsregionen")));
        mvc.perform(get("/search").param("q", "provisum")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/services/provisum")));
        mvc.perform(get("/map.svg")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<path fill=\"#1d6b4f\"")))
                .andExpect(content().string(containsString("<title>Malmö</title>")));
    }

    @Test
    void badInputNeverBreaksAPage() throws Exception {
        String huge = "x".repeat(10_000);
        mvc.perform(get("/organisations").param("q", huge).param("type", "NONSENSE").param("page", "-5")).andExpect(status().isOk());
        mvc.perform(get("/organisations").param("page", "abc")).andExpect(status().isOk());
        mvc.perform(get("/organisations").param("q", "<script>alert(1)</script>' or 1=1 --")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(get("/search").param("q", "\u0000\u0001' ; drop table core.organisation; --")).andExpect(status().isOk());
        mvc.perform(get("/organisations/99999999")).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/-1")).andExpect(status().isNotFound());
        mvc.perform(get("/services/" + huge)).andExpect(status().isNotFound());
    }

    @Test
    void staffFormAnswersInvalidInputInlineAndKeepsWhatWasTyped() throws Exception {
        Cookie admin = login("admin");
        mvc.perform(post("/admin/organisations/new").cookie(admin).with(csrf())
                        .param("name", "").param("type", "").param("municipalityCode", "12")
                        .param("population", "many").param("website", "javascript:alert(1)").param("memberStatus", "ACTIVE")
                        .param("countyName", "Provlan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("Kommunkoden är fyra siffror")))
                .andExpect(content().string(containsString("Ange ett heltal")))
                .andExpect(content().string(containsString("name=\"countyName\" value=\"Provlan\"")));
        mvc.perform(post("/admin/organisations/new").cookie(admin).with(csrf())
                        .param("name", "mora").param("type", "MUNICIPALITY").param("memberStatus", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det finns redan en organisation med det namnet")));
    }

    @Test
    void staffFormsMarkAMissingOrganisationInline() throws Exception {
        Cookie admin = login("admin");
        for (String form : new String[]{"/admin/clients/new", "/admin/users/new", "/admin/subscriptions/new"}) {
            mvc.perform(post(form).cookie(admin).with(csrf()).param("clientId", "x").param("name", "x").param("username", "x")
                            .param("displayName", "x").param("password", "long-enough-password").param("service", "egil")
                            .param("scopes", "register.read").param("roles", "CASEWORKER"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"#organisation\"")))
                    .andExpect(content().string(containsString("aria-describedby=\"organisation-error\"")));
        }
    }

    @Test
    void staffCanAddAnOrganisationAndStartAndEndASubscription() throws Exception {
        Cookie admin = login("admin");
        int reachedBefore = municipalitiesReachedOnStartPage();
        mvc.perform(post("/admin/organisations/new").cookie(admin).with(csrf())
                        .param("name", "Testförbundet").param("type", "KOMMUNALFORBUND").param("memberStatus", "ACTIVE")
                        .param("memberSince", "2026-01-01").param("actsFor", String.valueOf(organisationId("Kiruna"))))
                .andExpect(status().is3xxRedirection());
        long body = organisationId("Testförbundet");
        mvc.perform(post("/admin/subscriptions/new").cookie(admin).with(csrf())
                        .param("service", "uka").param("organisation", String.valueOf(body)).param("startsOn", "2026-01-01")
                        .param("covers", String.valueOf(organisationId("Kiruna"))))
                .andExpect(status().is3xxRedirection());
        // Kiruna now reaches UKA through the body that acts for it, and the start page counts it at once.
        mvc.perform(get("/services/uka/workspace").cookie(login("kiruna"))).andExpect(status().isOk());
        assertThat(municipalitiesReachedOnStartPage()).isEqualTo(reachedBefore + 1);

        Long subscription = jdbc.queryForObject("select id from core.subscription where organisation_id = ?", Long.class, body);
        mvc.perform(post("/admin/subscriptions/" + subscription + "/end").cookie(admin).with(csrf()).param("endsOn", "2026-02-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/services/uka/workspace").cookie(login("kiruna"))).andExpect(status().isForbidden());
        assertThat(municipalitiesReachedOnStartPage()).isEqualTo(reachedBefore);
    }

    private int municipalitiesReachedOnStartPage() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var figure = java.util.regex.Pattern.compile("<strong>(\\d+)</strong> <span>kommuner använder minst en tjänst").matcher(page);
        assertThat(figure.find()).as("municipalities reached on the start page").isTrue();
        return Integer.parseInt(figure.group(1));
    }

    @Test
    void staffSeeEveryUserWithTheNameOfTheirOrganisation() throws Exception {
        mvc.perform(get("/admin/users").cookie(login("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Malmö</td>")))
                .andExpect(content().string(containsString("<td>Kiruna</td>")))
                .andExpect(content().string(containsString("<td>Sambruk</td>")))
                .andExpect(content().string(containsString("<td>CASEWORKER, COUNCIL_DELEGATE, EGIL_ADMIN, FMG_HANDLER</td>")));
    }

    @Test
    void anOrganisationsAdministratorSeesOnlyItsOwnUsers() throws Exception {
        String page = mvc.perform(get("/org/users").cookie(login("malmo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">malmo</a>", "<td>Malmö</td>", "CASEWORKER, ORG_ADMIN</td>") // malmo is also Bibblix's librarian
                .doesNotContain(">ale</a>", ">kiruna</a>", ">admin</a>");
    }

    @Test
    void htmxIsServedUnderItsVersionlessPath() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void securityHeadersOnEveryPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void swedishByDefaultEnglishOnRequest() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("lang=\"sv\"")))
                .andExpect(content().string(containsString("Hoppa till innehållet")));
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Skip to")))
                .andExpect(cookie().exists("SAMBRUK_LANG"));
    }

    @Test
    void friendlyErrorPageWithoutStackTrace() throws Exception {
        mvc.perform(get("/organisations/99999999").accept("text/html")).andExpect(status().isNotFound());
    }
}
