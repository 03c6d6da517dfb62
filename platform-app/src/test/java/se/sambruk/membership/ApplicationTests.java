package se.sambruk.membership;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Applying on the public form, the staff's queue and the board's decision, resignation and the lost member. */
class ApplicationTests extends MembershipTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.core.MemberRegister register;

    @Test
    void aMemberWhoseLastDayHasPassedBecomesAFormerMember() {
        long dorotea = organisationId("Dorotea");
        register.admit(dorotea, java.time.LocalDate.of(2020, 1, 1), "Test");
        register.resign(dorotea, TODAY.minusDays(1), "Test");
        assertThat(register.isMember(dorotea, TODAY)).isFalse();
        assertThat(memberStatus("Dorotea")).isEqualTo("RESIGNING");
        assertThat(register.endMembershipsBefore(TODAY)).isPositive();
        assertThat(memberStatus("Dorotea")).isEqualTo("FORMER");
        assertThat(register.endMembershipsBefore(TODAY)).isZero();
    }

    @Test
    void aFormWithBadInputShowsTheErrorsAndKeepsWhatWasTyped() throws Exception {
        long before = jdbc.queryForObject("select count(*) from membership.application", Long.class);
        mvc.perform(post("/membership/apply").with(csrf())
                        .param("organisationName", "Överkalix kommun").param("orgNumber", "12-34")
                        .param("organisationKind", "MUNICIPALITY").param("contactName", "Åsa Öberg")
                        .param("contactEmail", "inte en adress").param("motivation", "För kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(page(allOf(
                        containsString("error-summary"),
                        containsString("href=\"#contactEmail\""), containsString("href=\"#motivation\""), containsString("href=\"#orgNumber\""),
                        containsString("value=\"Överkalix kommun\""), containsString("value=\"Åsa Öberg\""),
                        containsString("value=\"inte en adress\""), containsString("För kort</textarea>"),
                        containsString("aria-invalid=\"true\"")))));
        assertThat(jdbc.queryForObject("select count(*) from membership.application", Long.class)).isEqualTo(before);
    }

    @Test
    void anOrganisationAppliesTheBoardApprovesAndItIsAMemberUntilItResigns() throws Exception {
        // anonymous: the public form
        mvc.perform(get("/membership/apply")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"motivation\"")));
        mvc.perform(post("/membership/apply").with(csrf())
                        .param("organisationName", "Arjeplog").param("orgNumber", "212000-2726").param("organisationKind", "MUNICIPALITY")
                        .param("contactName", "Jon Bergström").param("contactEmail", "jon.bergstrom@arjeplog.example")
                        .param("motivation", "Vi vill använda Tillarbetslivet och delta i nätverken."))
                .andExpect(redirectedUrl("/membership/apply/sent"));
        mvc.perform(get("/membership/apply/sent")).andExpect(status().isOk());
        long id = jdbc.queryForObject("select max(id) from membership.application where organisation_name = 'Arjeplog'", Long.class);
        assertThat(memberStatus("Arjeplog")).isEqualTo("NONE");

        Cookie admin = login("admin");
        mvc.perform(get("/admin/membership/applications").cookie(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/admin/membership/applications/" + id)));
        // the register's organisation is found by name and offered
        mvc.perform(get("/admin/membership/applications/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + organisationId("Arjeplog") + "\" selected")));
        // approving without a start date is an error on the form, nothing changes
        mvc.perform(post("/admin/membership/applications/" + id + "/decision").cookie(admin).with(csrf())
                        .param("decision", "APPROVE").param("organisation", String.valueOf(organisationId("Arjeplog")))
                        .param("boardDecidedOn", TODAY.toString()).param("startsOn", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#startsOn\"")));
        assertThat(memberStatus("Arjeplog")).isEqualTo("NONE");

        mvc.perform(post("/admin/membership/applications/" + id + "/decision").cookie(admin).with(csrf())
                        .param("decision", "APPROVE").param("organisation", String.valueOf(organisationId("Arjeplog")))
                        .param("boardDecidedOn", TODAY.toString()).param("startsOn", TODAY.toString()).param("note", "Beslut § 12"))
                .andExpect(redirectedUrl("/admin/membership/applications"));
        assertThat(memberStatus("Arjeplog")).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select member_since from core.member where organisation_id = ?", java.sql.Date.class,
                organisationId("Arjeplog")).toLocalDate()).isEqualTo(TODAY);
        assertThat(jdbc.queryForObject("select status from membership.application where id = ?", String.class, id)).isEqualTo("APPROVED");
        // the application's contact address is the member's registered one (where a staff-made first administrator's link goes)
        assertThat(register.contactAddress(organisationId("Arjeplog"))).hasValue("jon.bergstrom@arjeplog.example");
        // the contact person got the confirmation of the application and the board's decision by e-mail
        assertThat(jdbc.queryForList("select subject from core.outgoing_mail where recipient = 'jon.bergstrom@arjeplog.example' order by id",
                String.class)).containsExactly("Sambruk: er ansökan om medlemskap", "Välkommen som medlem i Sambruk");
        // decided once: a second decision is refused
        mvc.perform(post("/admin/membership/applications/" + id + "/decision").cookie(admin).with(csrf())
                        .param("decision", "REJECT").param("boardDecidedOn", TODAY.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")));
        assertThat(jdbc.queryForObject("select status from membership.application where id = ?", String.class, id)).isEqualTo("APPROVED");

        // resignation with no notice period: a member to the end of this year, and lost this year on the dashboard
        long arjeplog = organisationId("Arjeplog");
        mvc.perform(post("/admin/membership/members/" + arjeplog + "/resign").cookie(admin).with(csrf())
                        .param("noticeReceived", TODAY.toString()).param("noticeMonths", "0").param("reason", "Test"))
                .andExpect(redirectedUrl("/admin/membership/members"));
        assertThat(memberStatus("Arjeplog")).isEqualTo("RESIGNING");
        assertThat(jdbc.queryForObject("select member_until from core.member where organisation_id = ?", java.sql.Date.class, arjeplog)
                .toLocalDate()).isEqualTo(TODAY.withDayOfYear(TODAY.lengthOfYear()));
        mvc.perform(get("/admin/membership").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/organisations/" + arjeplog + "\">Arjeplog</a>")));
        // giving notice twice is refused
        mvc.perform(post("/admin/membership/members/" + arjeplog + "/resign").cookie(admin).with(csrf())
                        .param("noticeReceived", TODAY.toString()).param("noticeMonths", "12"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")));
    }

    @Test
    void theBoardMayRejectAndOnlyStaffSeeTheQueue() throws Exception {
        mvc.perform(post("/membership/apply").with(csrf())
                .param("organisationName", "Testbolaget AB").param("organisationKind", "OTHER")
                .param("contactName", "Test Testsson").param("contactEmail", "test@testbolaget.example")
                .param("motivation", "Ett bolag som inte ägs av kommuner vill vara med."));
        long id = jdbc.queryForObject("select max(id) from membership.application where organisation_name = 'Testbolaget AB'", Long.class);
        mvc.perform(get("/admin/membership/applications").cookie(login("malmo"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/membership/applications/" + id)).andExpect(status().is3xxRedirection());
        Cookie admin = login("admin");
        mvc.perform(post("/admin/membership/applications/" + id + "/decision").cookie(admin).with(csrf())
                        .param("decision", "REJECT").param("boardDecidedOn", TODAY.toString()).param("note", "Inte offentligt ägt"))
                .andExpect(redirectedUrl("/admin/membership/applications"));
        assertThat(jdbc.queryForObject("select status from membership.application where id = ?", String.class, id)).isEqualTo("REJECTED");
        mvc.perform(get("/admin/membership/applications/999999999").cookie(admin)).andExpect(status().isNotFound());
    }
}
