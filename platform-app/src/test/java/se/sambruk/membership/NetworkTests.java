package se.sambruk.membership;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Networks, events with registration, attendance and the calendar feed, and project ideas. */
class NetworkTests extends MembershipTestSupport {

    @Test
    void staffPublishAnEventMembersRegisterStaffMarkAttendanceAndTheCalendarShowsIt() throws Exception {
        Cookie admin = login("admin");
        String day = TODAY.plusDays(60).toString();
        mvc.perform(post("/admin/membership/events/new").cookie(admin).with(csrf())
                        .param("title", "Webbinarium: Tillarbetslivet").param("kind", "WEBINAR").param("day", day)
                        .param("startTime", "14:00").param("endTime", "13:00"))
                .andExpect(status().isOk()).andExpect(content().string(page(allOf(containsString("href=\"#endTime\""),
                        containsString("value=\"Webbinarium: Tillarbetslivet\"")))));
        mvc.perform(post("/admin/membership/events/new").cookie(admin).with(csrf())
                        .param("title", "Webbinarium: Tillarbetslivet").param("kind", "WEBINAR").param("day", day)
                        .param("startTime", "14:00").param("endTime", "15:00").param("location", "Teams, länk i kallelsen"))
                .andExpect(redirectedUrlPattern("/admin/membership/events/*"));
        long event = jdbc.queryForObject("select id from membership.event where title = 'Webbinarium: Tillarbetslivet'", Long.class);

        Cookie malmo = login("malmo");
        mvc.perform(get("/org/events").cookie(malmo)).andExpect(content().string(containsString("Webbinarium: Tillarbetslivet")));
        mvc.perform(post("/org/events/register").cookie(malmo).with(csrf()).param("event", String.valueOf(event))
                .param("name", "Maja Malmö").param("email", "maja@malmo.example"));
        mvc.perform(post("/org/events/register").cookie(malmo).with(csrf()).param("event", String.valueOf(event))
                .param("name", "Utan adress").param("email", "nej"));
        Cookie stockholm = userOf("test.stockholm.events", "Stockholm", "ORG_ADMIN");
        mvc.perform(post("/org/events/register").cookie(stockholm).with(csrf()).param("event", String.valueOf(event))
                .param("name", "Sven Stockholm").param("email", "sven@stockholm.example"));
        // each member sees its own registrations only
        mvc.perform(get("/org/events").cookie(stockholm))
                .andExpect(content().string(page(allOf(containsString("Sven Stockholm"), not(containsString("Maja Malmö"))))));
        assertThat(jdbc.queryForObject("select count(*) from membership.event_registration where event_id = ?", Long.class, event)).isEqualTo(2);

        long registration = jdbc.queryForObject("select id from membership.event_registration where email = 'maja@malmo.example'", Long.class);
        mvc.perform(post("/admin/membership/events/" + event + "/attendance").cookie(admin).with(csrf())
                .param("registration", String.valueOf(registration)).param("attended", "true"));
        assertThat(jdbc.queryForObject("select attended from membership.event_registration where id = ?", Boolean.class, registration)).isTrue();
        mvc.perform(get("/admin/membership/events/" + event).cookie(admin)).andExpect(content().string(containsString("Anmälda: 2, deltog: 1")));

        String ical = mvc.perform(get("/membership/events.ics"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ical).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:event-" + event + "@sambruk.se").contains("SUMMARY:Webbinarium: Tillarbetslivet")
                .contains("LOCATION:Teams\\, länk i kallelsen").doesNotContain("maja@malmo.example");
    }

    @Test
    void staffKeepNetworksAndTheirParticipants() throws Exception {
        Cookie admin = login("admin");
        mvc.perform(post("/admin/membership/networks").cookie(admin).with(csrf()).param("name", "Öppna skolsystem").param("description", "SS 12000 och BoL"));
        long network = jdbc.queryForObject("select id from membership.network where name = 'Öppna skolsystem'", Long.class);
        mvc.perform(post("/admin/membership/networks/" + network + "/participants").cookie(admin).with(csrf())
                .param("organisation", String.valueOf(organisationId("Jönköping"))).param("personName", "Jonna Jönsson").param("email", "jonna@jonkoping.example"));
        mvc.perform(post("/admin/membership/networks/" + network + "/participants").cookie(admin).with(csrf())
                .param("organisation", "999999999"));
        assertThat(jdbc.queryForObject("select count(*) from membership.network_participant where network_id = ?", Long.class, network)).isEqualTo(1);
        mvc.perform(get("/admin/membership/networks/" + network).cookie(admin)).andExpect(content().string(containsString("Jonna Jönsson")));
    }

    @Test
    void membersProposeIdeasStaffPublishAnInquiryAndMembersStateTheirFundingShare() throws Exception {
        Cookie malmo = login("malmo");
        mvc.perform(post("/org/ideas").cookie(malmo).with(csrf()).param("title", "Gemensam e-arkivtjänst").param("description", "Ett e-arkiv för små kommuner."));
        long idea = jdbc.queryForObject("select id from membership.project_idea where title = 'Gemensam e-arkivtjänst'", Long.class);
        mvc.perform(post("/admin/membership/ideas/" + idea).cookie(login("admin")).with(csrf())
                .param("innovative", "true").param("noMarketActor", "true").param("broadBenefit", "true").param("status", "INQUIRY"));
        assertThat(jdbc.queryForObject("select status || ' ' || innovative || ' ' || (inquiry_published_on is not null) from membership.project_idea where id = ?",
                String.class, idea)).isEqualTo("INQUIRY true true");
        mvc.perform(post("/org/ideas/interest").cookie(malmo).with(csrf()).param("idea", String.valueOf(idea)).param("fundingPercent", "140"));
        mvc.perform(post("/org/ideas/interest").cookie(malmo).with(csrf()).param("idea", String.valueOf(idea)).param("fundingPercent", "40"));
        assertThat(jdbc.queryForObject("select funding_percent from membership.idea_interest where idea_id = ? and organisation_id = ?",
                Integer.class, idea, organisationId("Malmö"))).isEqualTo(40);
        // a non-member may neither propose nor state interest
        Cookie haparanda = userOf("test.haparanda.ideas", "Haparanda", "ORG_ADMIN");
        mvc.perform(post("/org/ideas/interest").cookie(haparanda).with(csrf()).param("idea", String.valueOf(idea)).param("fundingPercent", "10"));
        assertThat(jdbc.queryForObject("select count(*) from membership.idea_interest where organisation_id = ?", Long.class, organisationId("Haparanda"))).isZero();
        mvc.perform(get("/admin/membership/ideas").cookie(login("admin"))).andExpect(content().string(containsString("1 medlemmar intresserade, sammanlagt 40 %")));
    }
}
