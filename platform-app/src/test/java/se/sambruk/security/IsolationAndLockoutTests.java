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

/** No user sees another organisation's records; repeated failures lock an account. */
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
    void fiveFailedLoginsLockTheAccountAndStaffCanUnlockIt() throws Exception {
        accounts.createUser("lockout.test", "Låstestare", null, organisationId("Kiruna"), Set.of(Roles.CASEWORKER), "correct-password-1");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).param("username", "lockout.test").param("password", "wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", "lockout.test").param("password", "correct-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'ACCOUNT_LOCKED' and actor = 'lockout.test'",
                Integer.class)).isEqualTo(1);

        mvc.perform(post("/admin/users/" + userId("lockout.test") + "/unlock").cookie(login("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        login("lockout.test", "correct-password-1");
    }
}
