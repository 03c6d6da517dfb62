package se.sambruk.residents;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import se.sambruk.PlatformTest;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.residents.Residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Residents and staff never reach each other's pages: a resident is anonymous to the staff pages
 * and the API, a staff session is refused the residents' pages. And protected identity, from the
 * provider or a municipality's mark.
 */
class ResidentSeparationTests extends PlatformTest {

    @Autowired
    Residents residents;

    @Test
    void aResidentReachesNoStaffPageAndNotTheApi() throws Exception {
        Cookie resident = ResidentFlow.signIn(mvc, "198507099805");
        for (String page : new String[] {"/admin", "/org/users", "/councils", "/notifications", "/egil"}) {
            MockHttpServletResponse response = mvc.perform(get(page).cookie(resident)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(page).endsWith("/login");
        }
        assertThat(mvc.perform(get("/api/v1/organisations").cookie(resident)).andReturn().getResponse().getStatus()).isEqualTo(401);
        // the home page shows no staff user
        assertThat(mvc.perform(get("/").cookie(resident)).andReturn().getResponse().getContentAsString()).doesNotContain("Inloggad som");
    }

    @Test
    void aStaffSessionIsRefusedTheResidentsPagesAndCannotSignInAsAResident() throws Exception {
        Cookie staff = login("admin");
        for (String page : new String[] {"/e-tjanster/mina-inloggningar", "/e-tjanster/provtjanst", "/e-tjanster/session"}) {
            assertThat(mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/e-tjanster/logga-in").cookie(staff)).andReturn().getResponse().getContentAsString())
                .contains("Logga ut först");
        assertThat(mvc.perform(get("/e-tjanster/logga-in/test").cookie(staff)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/e-tjanster/logga-in");
        Cookie caseworker = login("malmo");
        assertThat(mvc.perform(get("/e-tjanster/provtjanst").cookie(caseworker)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAnonymousVisitorIsSentToTheResidentsSignInAndBack() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/e-tjanster/provtjanst")).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/e-tjanster/logga-in?fortsatt=%2Fe-tjanster%2Fprovtjanst");
        assertThat(mvc.perform(get("/e-tjanster")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void protectedIdentityFromTheProvider() throws Exception {
        Cookie lena = ResidentFlow.signIn(mvc, "197308169825");
        assertThat(mvc.perform(get("/e-tjanster/provtjanst").cookie(lena)).andReturn().getResponse().getContentAsString())
                .contains("skyddad: true");
        assertThat(mvc.perform(get("/e-tjanster").cookie(lena)).andReturn().getResponse().getContentAsString())
                .contains("Du har skyddad identitet");
        assertThat(residents.hasProtectedIdentity(new PersonalIdentityNumber("197308169825"))).isTrue();
    }

    @Test
    void protectedIdentityMarkedByAMunicipality() throws Exception {
        PersonalIdentityNumber elin = new PersonalIdentityNumber("200109309864");
        Cookie before = ResidentFlow.signIn(mvc, elin.value());
        assertThat(mvc.perform(get("/e-tjanster/provtjanst").cookie(before)).andReturn().getResponse().getContentAsString())
                .contains("skyddad: false");

        residents.markProtectedIdentity(elin, organisationId("Malmö"));
        assertThat(residents.hasProtectedIdentity(elin)).isTrue();
        Cookie after = ResidentFlow.signIn(mvc, elin.value());
        assertThat(mvc.perform(get("/e-tjanster/provtjanst").cookie(after)).andReturn().getResponse().getContentAsString())
                .contains("skyddad: true");

        residents.unmarkProtectedIdentity(elin, organisationId("Malmö"));
        assertThat(residents.hasProtectedIdentity(elin)).isFalse();
    }
}
