package se.sambruk.security;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Disabling a user or changing their roles ends their open sessions at once, on every node. */
class DisabledUserSessionTests extends PlatformTest {

    static final String PASSWORD = "ett-helt-eget-losenord-7";

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserRoleGrants grants;

    @Test
    void aSignedInHandlerIsRefusedRightAfterAnAdministratorDisablesThem() throws Exception {
        accounts.createUser("disabled.handler", "Avstängd handläggare", null, organisationId("Ale"), Set.of("FMG_HANDLER"), PASSWORD);
        Cookie handler = login("disabled.handler", PASSWORD);
        mvc.perform(get("/fixamingata/handlaggning").cookie(handler)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + userId("disabled.handler") + "/enabled").cookie(login("admin")).with(csrf())
                .param("enabled", "false")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/fixamingata/handlaggning").cookie(handler)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/fixamingata/handlaggning/rapporter/1/anteckningar").cookie(handler).with(csrf()).param("text", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.spring_session where principal_name = 'disabled.handler'", Integer.class))
                .isZero();
    }

    @Test
    void aNewRoleEndsTheSessionsSoTheNextSignInCarriesIt() throws Exception {
        accounts.createUser("regranted.user", "Ny roll", null, organisationId("Ale"), Set.of("CASEWORKER"), PASSWORD);
        Cookie before = login("regranted.user", PASSWORD);
        mvc.perform(get("/fixamingata/handlaggning").cookie(before)).andExpect(status().isForbidden());
        grants.grant("regranted.user", "FMG_HANDLER");
        mvc.perform(get("/fixamingata/handlaggning").cookie(before)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/fixamingata/handlaggning").cookie(login("regranted.user", PASSWORD))).andExpect(status().isOk());
    }
}
