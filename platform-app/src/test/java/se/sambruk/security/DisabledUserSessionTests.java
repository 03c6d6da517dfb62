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

    @Test
    void aMultifragaCaseworkerDisabledByTheirMunicipalitysAdministratorLosesAnOpenLookUpAndItsPollingAtOnce() throws Exception {
        long borlange = organisationId("Borlänge");
        accounts.createUser("mf.disabling.admin", "Borlänges administratör", null, borlange, Set.of(se.sambruk.core.Roles.ORG_ADMIN), PASSWORD);
        accounts.createUser("mf.disabled", "Avstängd socialsekreterare", null, borlange,
                Set.of(se.sambruk.multifraga.MultifragaModule.MF_CASEWORKER), PASSWORD);
        Cookie caseworker = login("mf.disabled", PASSWORD);
        String location = mvc.perform(post("/multifraga/lookups").cookie(caseworker).with(csrf())
                        .param("persons", "19900101-1239").param("caseId", "AVST-1").param("from", "2026-09-01").param("to", "2026-11-30")
                        .param("purpose", "Utredning av ansökan om ekonomiskt bistånd").param("law", "11 kap. 11 § socialtjänstlagen (2001:453)")
                        .param("sources", "AF"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String lookup = location.substring(location.indexOf("/multifraga/lookups/"));
        String poll = lookup + "/answers?pending=0-AF"; // what the open page's htmx asks again and again
        String one = lookup + "/answers/0/AF"; // one answer's fragment
        mvc.perform(get(poll).cookie(caseworker).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get(one).cookie(caseworker).header("HX-Request", "true")).andExpect(status().isOk());

        mvc.perform(post("/org/users/" + userId("mf.disabled") + "/enabled").cookie(login("mf.disabling.admin", PASSWORD)).with(csrf())
                .param("enabled", "false")).andExpect(status().is3xxRedirection());

        for (String path : new String[] {poll, one, lookup, "/multifraga"}) {
            int answered = mvc.perform(get(path).cookie(caseworker).header("HX-Request", "true")).andReturn().getResponse().getStatus();
            assertThat(answered).as(path).isIn(302, 401);
        }
        assertThat(jdbc.queryForObject("select count(*) from core.spring_session where principal_name = 'mf.disabled'", Integer.class)).isZero();
    }
}
