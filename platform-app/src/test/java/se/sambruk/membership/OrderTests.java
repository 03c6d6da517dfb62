package se.sambruk.membership;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.core.councils.Councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Service orders (avrop): members only, staff approve, the subscription starts in the core, onboarding to done. */
class OrderTests extends MembershipTestSupport {

    @Autowired
    Councils councils;

    @Test
    void aNonMemberCannotOrderAService() throws Exception {
        Cookie haparanda = userOf("test.haparanda.admin", "Haparanda", "ORG_ADMIN");
        assertThat(memberStatus("Haparanda")).isEqualTo("NONE");
        mvc.perform(post("/org/orders").cookie(haparanda).with(csrf()).param("service", "bibblix"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bara medlemmar i Sambruk kan avropa")));
        assertThat(jdbc.queryForObject("select count(*) from membership.service_order where organisation_id = ?", Long.class,
                organisationId("Haparanda"))).isZero();
    }

    @Test
    void aMemberOrdersStaffApproveTheSubscriptionStartsAndOnboardingIsTrackedToDone() throws Exception {
        long katrineholm = organisationId("Katrineholm");
        Cookie member = userOf("test.katrineholm.admin", "Katrineholm", "ORG_ADMIN");
        assertThat(councils.council("uka").hasMember(katrineholm)).isFalse();

        mvc.perform(post("/org/orders").cookie(member).with(csrf()).param("service", "").param("note", "Snarast"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#service\"")))
                .andExpect(content().string(containsString("Snarast</textarea>")));
        // Katrineholm uses Bibblix already
        mvc.perform(post("/org/orders").cookie(member).with(csrf()).param("service", "bibblix"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ni använder redan tjänsten")));
        mvc.perform(post("/org/orders").cookie(member).with(csrf()).param("service", "uka").param("wantedStart", TODAY.toString()))
                .andExpect(redirectedUrlPattern("/org/orders/*"));
        long id = jdbc.queryForObject("select id from membership.service_order where organisation_id = ? and service_code = 'uka'", Long.class, katrineholm);
        mvc.perform(post("/org/orders").cookie(member).with(csrf()).param("service", "uka"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("väntar")));
        mvc.perform(get("/org/orders/" + id).cookie(member)).andExpect(status().isOk());
        // another organisation's administrator does not see it
        mvc.perform(get("/org/orders/" + id).cookie(login("malmo"))).andExpect(status().isNotFound());

        Cookie admin = login("admin");
        mvc.perform(get("/admin/membership/orders").cookie(admin)).andExpect(content().string(containsString("/admin/membership/orders/" + id)));
        mvc.perform(post("/admin/membership/orders/" + id + "/approve").cookie(admin).with(csrf()).param("startsOn", TODAY.toString()));
        assertThat(jdbc.queryForObject("select status from membership.service_order where id = ?", String.class, id)).isEqualTo("APPROVED");
        long subscription = jdbc.queryForObject("select subscription_id from membership.service_order where id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("""
                select count(*) from core.subscription s join core.service sv on sv.id = s.service_id
                 where s.id = ? and s.organisation_id = ? and sv.code = 'uka' and s.starts_on = ?
                """, Long.class, subscription, katrineholm, java.sql.Date.valueOf(TODAY))).isEqualTo(1);
        // the core's event went out as for staff's own start of a subscription, and the council follows
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like '%SubscriptionStarted' and serialized_event like ?",
                Long.class, "%\"subscriptionId\":" + subscription + "%")).isPositive();
        assertThat(councils.council("uka").hasMember(katrineholm)).isTrue();
        // approving twice changes nothing
        mvc.perform(post("/admin/membership/orders/" + id + "/approve").cookie(admin).with(csrf()).param("startsOn", TODAY.toString()));
        assertThat(jdbc.queryForObject("select count(*) from core.subscription s join core.service sv on sv.id = s.service_id where s.organisation_id = ? and sv.code = 'uka'",
                Long.class, katrineholm)).isEqualTo(1);

        String[] steps = {"SERVICE_AGREEMENT", "DATA_PROCESSING_AGREEMENT", "CONTACT_PEOPLE", "TECHNICAL_SETUP", "COUNCIL_DELEGATE", "INTRODUCTION"};
        assertThat(jdbc.queryForList("select step from membership.onboarding_step where order_id = ? order by position", String.class, id))
                .containsExactly(steps);
        for (String step : steps) {
            mvc.perform(post("/admin/membership/orders/" + id + "/steps").cookie(admin).with(csrf()).param("step", step).param("done", "true"));
        }
        assertThat(jdbc.queryForObject("select count(*) from membership.onboarding_step where order_id = ? and done_at is not null", Long.class, id))
                .isEqualTo(6);
        mvc.perform(get("/admin/membership/orders/" + id).cookie(admin)).andExpect(content().string(containsString("6 av 6 steg klara")));
        mvc.perform(get("/org/orders/" + id).cookie(member)).andExpect(content().string(containsString("Personuppgiftsbiträdesavtal")));
    }

    @Test
    void staffMayRejectAnOrder() throws Exception {
        long norrtalje = organisationId("Norrtälje");
        Cookie member = userOf("test.norrtalje.admin", "Norrtälje", "ORG_ADMIN");
        mvc.perform(post("/org/orders").cookie(member).with(csrf()).param("service", "provisum"));
        long id = jdbc.queryForObject("select id from membership.service_order where organisation_id = ? and service_code = 'provisum'", Long.class, norrtalje);
        mvc.perform(post("/admin/membership/orders/" + id + "/reject").cookie(login("admin")).with(csrf()).param("reason", "Överförmyndaren är gemensam"));
        assertThat(jdbc.queryForObject("select status from membership.service_order where id = ?", String.class, id)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from core.subscription s join core.service sv on sv.id = s.service_id where s.organisation_id = ? and sv.code = 'provisum'",
                Long.class, norrtalje)).isZero();
    }
}
