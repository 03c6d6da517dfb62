package se.sambruk.security;

import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What each demo user may and may not reach. */
class AccessTests extends PlatformTest {

    @Test
    void everyDemoUserCanSignIn() throws Exception {
        for (String user : new String[]{"admin", "malmo", "ale", "kiruna"}) {
            Cookie session = login(user);
            mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Inloggad som " + user)));
        }
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "malmo").param("password", "wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        Integer failures = jdbc.queryForObject(
                "select count(*) from core.audit_event where action = 'LOGIN_FAILURE' and actor = 'malmo'", Integer.class);
        assertThat(failures).isPositive();
    }

    @Test
    void publicPagesAnswerHeadAsTheyAnswerGetAndGatedPagesDoNot() throws Exception {
        mvc.perform(head("/accessibility")).andExpect(status().isOk());
        mvc.perform(head("/organisations")).andExpect(status().isOk());
        mvc.perform(head("/admin/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void sessionIdChangesAtLogin() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(before).isNotNull();
        Cookie after = mvc.perform(post("/login").cookie(before).with(csrf()).param("username", "ale").param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void municipalUserReachesTheServicesItsOrganisationUses() throws Exception {
        Cookie ale = login("ale");
        // Ale uses FixaMinGata itself and EGIL through Göteborgsregionen.
        mvc.perform(get("/services/fixamingata/workspace").cookie(ale)).andExpect(status().isOk());
        mvc.perform(get("/services/egil/workspace").cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Göteborgsregionen")));
        mvc.perform(get("/egil/whoami").cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string("organisation " + organisationId("Ale")));
        mvc.perform(get("/services/bibblix/workspace").cookie(ale)).andExpect(status().isForbidden());
    }

    @Test
    void organisationWithoutSubscriptionIsDeniedTheService() throws Exception {
        Cookie kiruna = login("kiruna");
        mvc.perform(get("/egil/whoami").cookie(kiruna)).andExpect(status().isForbidden());
        mvc.perform(get("/services/egil/workspace").cookie(kiruna)).andExpect(status().isForbidden());
        mvc.perform(get("/").cookie(kiruna)).andExpect(content().string(not(containsString("class=\"nav-service\""))));
        Integer denials = jdbc.queryForObject(
                "select count(*) from core.audit_event where action = 'ACCESS_DENIED' and actor = 'kiruna'", Integer.class);
        assertThat(denials).isPositive();
    }

    @Test
    void staffDoNotReachTheServicesData() throws Exception {
        Cookie admin = login("admin");
        mvc.perform(get("/egil/whoami").cookie(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/services/egil/workspace").cookie(admin)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsMaySeeThePublicRegisterOnly() throws Exception {
        for (String page : new String[]{"/", "/organisations", "/services", "/services/egil", "/search?q=ale", "/accessibility", "/login", "/map.svg"}) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        mvc.perform(get("/egil/whoami")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyStaffAdministerTheRegister() throws Exception {
        mvc.perform(get("/admin").cookie(login("malmo"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").cookie(login("ale"))).andExpect(status().isForbidden());
        Cookie admin = login("admin");
        for (String page : new String[]{"/admin", "/admin/users", "/admin/clients", "/admin/audit", "/admin/organisations/new",
                "/admin/subscriptions/new?service=egil", "/admin/organisations/" + organisationId("Ale") + "/edit"}) {
            mvc.perform(get(page).cookie(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void operationsEndpoints() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").cookie(login("malmo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").cookie(login("admin"))).andExpect(status().isOk());
    }

    @Test
    void apiWithoutTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/egil/whoami")).andExpect(status().isUnauthorized());
        // a browser session is no token
        mvc.perform(get("/api/v1/organisations").cookie(login("admin"))).andExpect(status().isUnauthorized());
    }
}
