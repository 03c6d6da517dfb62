package se.sambruk.membership;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A member keeps its own contact people per area; staff make mailing lists per area and per service. */
class ContactTests extends MembershipTestSupport {

    @Test
    void aMembersAdministratorKeepsItsContactsAndBadInputKeepsWhatWasTyped() throws Exception {
        Cookie malmo = login("malmo");
        mvc.perform(post("/org/contacts/new").cookie(malmo).with(csrf())
                        .param("area", "SCHOOL").param("name", "Örjan Åkesson").param("email", "örjan@").param("phone", "ring mig"))
                .andExpect(status().isOk())
                .andExpect(content().string(page(allOf(containsString("error-summary"), containsString("href=\"#email\""),
                        containsString("href=\"#phone\""), containsString("value=\"Örjan Åkesson\""), containsString("value=\"ring mig\"")))));
        assertThat(jdbc.queryForObject("select count(*) from membership.contact where name = 'Örjan Åkesson'", Long.class)).isZero();

        mvc.perform(post("/org/contacts/new").cookie(malmo).with(csrf())
                        .param("area", "SCHOOL").param("name", "Örjan Åkesson").param("title", "Skolchef")
                        .param("email", "orjan.akesson@malmo.example").param("consent", "true"))
                .andExpect(redirectedUrl("/org/contacts"));
        long id = jdbc.queryForObject("select id from membership.contact where name = 'Örjan Åkesson'", Long.class);
        assertThat(jdbc.queryForObject("select organisation_id from membership.contact where id = ?", Long.class, id))
                .isEqualTo(organisationId("Malmö"));
        assertThat(jdbc.queryForObject("select consent_by from membership.contact where id = ?", String.class, id)).isEqualTo("malmo");
        mvc.perform(get("/org/contacts").cookie(malmo)).andExpect(content().string(containsString("Örjan Åkesson")));
        mvc.perform(get("/org/contacts/" + id).cookie(malmo)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'PERSONAL_DATA_READ' and actor = 'malmo'"
                + " and target_type = 'membership_contact' and target_id = ?", Integer.class, String.valueOf(id)))
                .as("opening a contact is audited").isGreaterThanOrEqualTo(1);
        mvc.perform(post("/org/contacts/" + id).cookie(malmo).with(csrf())
                        .param("area", "MANAGEMENT").param("name", "Örjan Åkesson").param("email", "orjan.akesson@malmo.example"))
                .andExpect(redirectedUrl("/org/contacts"));
        assertThat(jdbc.queryForObject("select area || ' ' || consent from membership.contact where id = ?", String.class, id))
                .isEqualTo("MANAGEMENT false");
    }

    @Test
    void anotherMembersUserCannotSeeNorChangeTheContacts() throws Exception {
        long id = jdbc.queryForObject("""
                insert into membership.contact (organisation_id, area, name, email, consent) values (?, 'CULTURE_PARTICIPATION', 'Hemlig Malmöbo', 'hemlig@malmo.example', true)
                returning id
                """, Long.class, organisationId("Malmö"));
        Cookie stockholm = userOf("test.stockholm.admin", "Stockholm", "ORG_ADMIN");
        mvc.perform(get("/org/contacts/" + id).cookie(stockholm)).andExpect(status().isNotFound());
        mvc.perform(post("/org/contacts/" + id).cookie(stockholm).with(csrf())
                .param("area", "SCHOOL").param("name", "Kapad").param("email", "kapad@stockholm.example")).andExpect(status().isNotFound());
        mvc.perform(post("/org/contacts/" + id + "/delete").cookie(stockholm).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/org/contacts").cookie(stockholm)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Hemlig Malmöbo"))));
        assertThat(jdbc.queryForObject("select name from membership.contact where id = ?", String.class, id)).isEqualTo("Hemlig Malmöbo");
        // a caseworker is no administrator: no contacts at all
        mvc.perform(get("/org/contacts").cookie(login("ale"))).andExpect(status().isForbidden());
        // and the owner may remove it
        mvc.perform(post("/org/contacts/" + id + "/delete").cookie(login("malmo")).with(csrf())).andExpect(redirectedUrl("/org/contacts"));
        assertThat(jdbc.queryForObject("select count(*) from membership.contact where id = ?", Long.class, id)).isZero();
    }

    @Test
    void mailingListsPerAreaAndPerServiceHoldOnlyConsentingContactsOfTheRightMembers() throws Exception {
        long malmo = organisationId("Malmö");
        jdbc.update("insert into membership.contact (organisation_id, area, name, email, consent) values (?, 'TRAFFIC_PROPERTY', 'Trafik Samtycker', 'trafik.ja@malmo.example', true)", malmo);
        jdbc.update("insert into membership.contact (organisation_id, area, name, email, consent) values (?, 'TRAFFIC_PROPERTY', 'Trafik Nej', 'trafik.nej@malmo.example', false)", malmo);
        Cookie admin = login("admin");
        String area = mvc.perform(get("/admin/membership/contacts/mailing-list.csv").param("area", "TRAFFIC_PROPERTY").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(area).startsWith("\uFEFF").contains("trafik.ja@malmo.example").doesNotContain("trafik.nej@malmo.example")
                .contains(";Trafik och fastighet;").doesNotContain(";Skola;");
        // Malmö uses Bibblix, not EGIL
        String bibblix = mvc.perform(get("/admin/membership/contacts/mailing-list.csv").param("service", "bibblix").cookie(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bibblix).contains("trafik.ja@malmo.example");
        String egil = mvc.perform(get("/admin/membership/contacts/mailing-list.csv").param("service", "egil").cookie(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(egil).doesNotContain("@malmo.example");
        mvc.perform(get("/admin/membership/contacts").param("area", "TRAFFIC_PROPERTY").cookie(admin))
                .andExpect(status().isOk()).andExpect(content().string(page(allOf(containsString("Trafik Samtycker"), containsString("Trafik Nej")))));
        mvc.perform(get("/admin/membership/contacts/mailing-list.csv").cookie(login("malmo"))).andExpect(status().isForbidden());
    }
}
