package se.sambruk.membership;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The goals dashboard against figures counted independently in SQL, the Teckal record, and the navigation. */
class GoalsAndControlTests extends MembershipTestSupport {

    @Test
    void theDashboardShowsTheMemberCountAndNetworkCountFromTheData() throws Exception {
        LocalDate today = TODAY;
        long members = jdbc.queryForObject("""
                select count(*) from core.member where status in ('ACTIVE', 'RESIGNING')
                   and (member_since is null or member_since <= ?) and (member_until is null or member_until >= ?)
                """, Long.class, today, today);
        long networks = jdbc.queryForObject("""
                select count(*) from (
                  select p.network_id from membership.network_participant p
                    join core.member m on m.organisation_id = p.organisation_id
                    join core.organisation o on o.id = p.organisation_id
                   where o.type = 'MUNICIPALITY' and m.status in ('ACTIVE', 'RESIGNING')
                     and (m.member_since is null or m.member_since <= ?) and (m.member_until is null or m.member_until >= ?)
                   group by p.network_id having count(distinct p.organisation_id) >= 20) big
                """, Long.class, today, today);
        String html = mvc.perform(get("/admin/membership").cookie(login("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(goalFigure(html, "members")).isEqualTo(members + "|125");
        assertThat(goalFigure(html, "networks")).isEqualTo(networks + "|4");
        assertThat(goalFigure(html, "reach")).endsWith("|75\u00a0%");
        // the demo data reflect the plan: 109 members at the start, three networks of twenty or more, one member leaving
        assertThat(members).isGreaterThanOrEqualTo(100);
        assertThat(networks).isEqualTo(3);
    }

    @Test
    void theTurnoverFromOthersIsShownAgainstTheTwentyPercentLimit() throws Exception {
        Cookie admin = login("admin");
        mvc.perform(post("/admin/membership/control/turnover").cookie(admin).with(csrf())
                .param("year", "2019").param("fromMembers", "900 000").param("fromOthers", "300 000"));
        mvc.perform(get("/admin/membership/control").param("year", "2019").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"others-share\">25,0 %</dd>")))
                .andExpect(content().string(containsString("Över gränsen på 20 %")));
        mvc.perform(post("/admin/membership/control/turnover").cookie(admin).with(csrf())
                .param("year", "2019").param("fromMembers", "900 000").param("fromOthers", "100 000"));
        mvc.perform(get("/admin/membership/control").param("year", "2019").cookie(admin))
                .andExpect(content().string(containsString("<dd id=\"others-share\">10,0 %</dd>")))
                .andExpect(content().string(containsString("Inom gränsen på 20 %")));
        assertThat(jdbc.queryForObject("select from_others_ore from membership.turnover where year = 2019", Long.class)).isEqualTo(100_000_00L);
    }

    @Test
    void staffRecordHowAMemberExercisedControl() throws Exception {
        Cookie admin = login("admin");
        long malmo = organisationId("Malmö");
        long before = jdbc.queryForObject("select count(*) from membership.control_record where organisation_id = ? and kind = 'COUNCIL_VOTE'", Long.class, malmo);
        mvc.perform(post("/admin/membership/control/records").cookie(admin).with(csrf()).param("organisation", String.valueOf(malmo))
                .param("kind", "COUNCIL_VOTE").param("occurredOn", "2020-05-04").param("description", "Röstade i Bibblix förvaltningsråd"));
        mvc.perform(post("/admin/membership/control/records").cookie(admin).with(csrf()).param("organisation", String.valueOf(organisationId("Haparanda")))
                .param("kind", "COUNCIL_VOTE").param("occurredOn", "2020-05-04").param("description", "Inte medlem"));
        assertThat(jdbc.queryForObject("select count(*) from membership.control_record where organisation_id = ? and kind = 'COUNCIL_VOTE'", Long.class, malmo))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from membership.control_record where organisation_id = ?", Long.class, organisationId("Haparanda"))).isZero();
        mvc.perform(get("/admin/membership/control").param("year", "2020").cookie(admin))
                .andExpect(content().string(containsString("Röstade i Bibblix förvaltningsråd")));
    }

    @Test
    void staffAndMembersFindTheModuleInTheNavigationNextToTheServices() throws Exception {
        mvc.perform(get("/").cookie(login("admin"))).andExpect(content().string(containsString("href=\"/admin/membership\"")));
        mvc.perform(get("/").cookie(login("malmo")))
                .andExpect(content().string(containsString("href=\"/org/membership\"")))
                .andExpect(content().string(containsString("href=\"/bibblix/bibliotekarie\""))); // Bibblix is a module of its own now
        mvc.perform(get("/org/membership").cookie(login("malmo"))).andExpect(status().isOk());
        mvc.perform(get("/").cookie(login("ale"))).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/org/membership"))));
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/membership"))));
    }
}
