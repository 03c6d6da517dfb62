package se.sambruk.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import se.sambruk.PlatformTest;
import se.sambruk.core.Roles;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No user sees another organisation's records; repeated failures slow sign-ins down but lock nobody out. */
class IsolationAndLockoutTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void organisationAdministratorSeesOnlyItsOwnUsers() throws Exception {
        Cookie malmo = login("malmo");
        mvc.perform(get("/org/users").cookie(malmo)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">malmo<")))
                .andExpect(content().string(not(containsString(">kiruna<"))))
                .andExpect(content().string(not(containsString(">ale<"))));
        mvc.perform(get("/org/users/" + userId("kiruna")).cookie(malmo)).andExpect(status().isNotFound());
        mvc.perform(get("/org/users/" + userId("ale")).cookie(malmo)).andExpect(status().isNotFound());
        mvc.perform(post("/org/users/" + userId("kiruna") + "/enabled").cookie(malmo).with(csrf()).param("enabled", "false"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select enabled from core.app_user where username = 'kiruna'", Boolean.class)).isTrue();

        Cookie kiruna = login("kiruna");
        mvc.perform(get("/org/users/" + userId("malmo")).cookie(kiruna)).andExpect(status().isNotFound());
        mvc.perform(get("/org/users/not-a-number").cookie(kiruna)).andExpect(status().isNotFound());
    }

    @Test
    void readingAUserIsAuditedWithWhoAndWhatAndWhichOrganisation() throws Exception {
        Cookie malmo = login("malmo");
        long malmoUser = userId("malmo");
        mvc.perform(get("/org/users/" + malmoUser).cookie(malmo)).andExpect(status().isOk());
        Integer reads = jdbc.queryForObject("""
                select count(*) from core.audit_event where action = 'PERSONAL_DATA_READ' and actor = 'malmo'
                and target_id = ? and target_org_id = ? and remote_address is not null
                """, Integer.class, String.valueOf(malmoUser), organisationId("Malmö"));
        assertThat(reads).isPositive();
    }

    @Test
    void organisationAuditLogShowsOnlyItsOwnEntries() throws Exception {
        login("ale");
        mvc.perform(get("/org/audit").cookie(login("kiruna"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<td>ale</td>"))));
        mvc.perform(get("/admin/audit").param("actor", "ale").cookie(login("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>ale</td>")));
    }

    @Test
    void organisationAdministratorCannotGrantTheStaffRole() throws Exception {
        mvc.perform(post("/org/users/new").cookie(login("kiruna")).with(csrf())
                        .param("username", "kiruna.escalation").param("displayName", "Försök")
                        .param("roles", Roles.SAMBRUK_ADMIN).param("password", "long-enough-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        assertThat(jdbc.queryForObject("select count(*) from core.app_user where username = 'kiruna.escalation'", Integer.class)).isZero();
    }

    @Test
    void failedLoginsSlowGuessingDownButLockNobodyOut() throws Exception {
        accounts.createUser("lockout.test", "Låstestare", null, organisationId("Kiruna"), Set.of(Roles.CASEWORKER), "correct-password-1");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(from("10.9.8.7")).param("username", "lockout.test").param("password", "wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the fifth failure from that address starts the delays (1 s, then doubling); make this one last, as if guessed on
        assertThat(jdbc.queryForObject("""
                select count(*) from core.login_throttle where throttle_key = 'username+address:lockout.test|10.9.8.7'
                and failures = 5 and next_allowed_at > last_failure_at""", Integer.class)).isEqualTo(1);
        jdbc.update("update core.login_throttle set next_allowed_at = now() + interval '10 minutes' where throttle_key like '%lockout.test|10.9.8.7'");
        // a waiting attempt is not even tried, right password or not, and the page says how long to wait
        var throttled = mvc.perform(post("/login").with(csrf()).with(from("10.9.8.7")).param("username", "lockout.test")
                .param("password", "correct-password-1")).andReturn();
        assertThat(throttled.getResponse().getRedirectedUrl()).startsWith("/login?throttled=");
        mvc.perform(get(throttled.getResponse().getRedirectedUrl())).andExpect(content().string(containsString("Vänta")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'LOGIN_THROTTLED' and actor = 'lockout.test'",
                Integer.class)).isPositive();

        // but nobody can lock the owner out: from another address they sign in at once
        mvc.perform(post("/login").with(csrf()).with(from("10.1.1.1")).param("username", "lockout.test").param("password", "correct-password-1"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select locked_until from core.app_user where username = 'lockout.test'", java.sql.Timestamp.class)).isNull();

        // once the wait is over, the first address may try again
        jdbc.update("update core.login_throttle set next_allowed_at = now() - interval '1 second' where throttle_key like '%10.9.8.7'");
        mvc.perform(post("/login").with(csrf()).with(from("10.9.8.7")).param("username", "lockout.test").param("password", "correct-password-1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void onePersonSigningInFromManyPlacesAtOnceIsSignedInEveryTime() throws Exception {
        accounts.createUser("many.places", "Många platser", null, organisationId("Kiruna"), Set.of(Roles.CASEWORKER), "correct-password-2");
        int signIns = 12;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(signIns);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < signIns; i++) {
                String address = "10.7.7." + (i + 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    var result = mvc.perform(post("/login").with(csrf()).with(from(address))
                            .param("username", "many.places").param("password", "correct-password-2")).andReturn();
                    return result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("302 /");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select last_login_at from core.app_user where username = 'many.places'",
                java.sql.Timestamp.class)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'LOGIN_SUCCESS' and actor = 'many.places'",
                Integer.class)).isEqualTo(signIns);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
