package se.sambruk.residents;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.UriComponentsBuilder;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Residents' sign-in end to end: the demo's test identity provider and a fake municipal broker,
 * with real redirects, tokens fetched over HTTP and checked (state, nonce, PKCE, issuer,
 * audience, expiry, signature, personnummer); every failure a clear page, never a 500.
 */
class ResidentSignInTests extends PlatformTest {

    static final String ANNA = "198507099805";

    @Test
    void aTestPersonSignsInThroughTheTestProviderAndSeesTheirSignInLog() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        URI authorization = flow.start("test", "/e-tjanster/mina-inloggningar");
        Map<String, String> request = ResidentFlow.query(authorization);
        assertThat(authorization.getPath()).isEqualTo("/test-idp/authorize");
        assertThat(request).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge").containsEntry("client_id", "sambruk-demo");
        assertThat(request.get("redirect_uri")).endsWith("/e-tjanster/logga-in/test/svar");

        MockHttpServletResponse answer = flow.answer(flow.choose(authorization, ANNA));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/e-tjanster/mina-inloggningar");
        String log = flow.perform(get("/e-tjanster/mina-inloggningar")).getContentAsString();
        assertThat(log).contains("Anna Testsson").contains("e-legitimation via test");
        long id = jdbc.queryForObject("select id from core.resident where personal_identity_number = ?", Long.class, ANNA);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'LOGIN_SUCCESS' and actor = ?",
                Integer.class, "invånare #" + id)).isPositive();
        // the personnummer is never written to the audit log
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where detail like ? or actor like ?", Integer.class,
                "%" + ANNA + "%", "%" + ANNA + "%")).isZero();
    }

    @Test
    void theSameStateCannotBeUsedTwiceNorInAnotherBrowser() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        URI back = flow.choose(flow.start("test", "/e-tjanster"), ANNA);

        ResidentFlow otherBrowser = new ResidentFlow(mvc);
        MockHttpServletResponse stolen = otherBrowser.answer(back);
        assertThat(stolen.getStatus()).isEqualTo(400);
        assertThat(stolen.getContentAsString()).contains("kunde inte kopplas till den här webbläsaren");

        assertThat(flow.answer(back).getRedirectedUrl()).isEqualTo("/e-tjanster");
        MockHttpServletResponse replayed = flow.answer(back);
        assertThat(replayed.getStatus()).isEqualTo(400);
    }

    @Test
    void aTamperedStateIsRefused() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        URI back = flow.choose(flow.start("test", "/e-tjanster"), ANNA);
        URI tampered = UriComponentsBuilder.fromUri(back).replaceQueryParam("state", "forged").build(true).toUri();
        assertThat(flow.answer(tampered).getStatus()).isEqualTo(400);
    }

    @Test
    void theTestProviderInsistsOnPkceAndTheVerifier() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        URI authorization = flow.start("test", "/e-tjanster");
        String withoutPkce = UriComponentsBuilder.fromUri(authorization).replaceQueryParam("code_challenge").build(true).toUri()
                .getRawQuery();
        assertThat(mvc.perform(get("/test-idp/authorize?" + withoutPkce)).andReturn().getResponse().getContentAsString())
                .contains("PKCE");

        URI back = flow.choose(authorization, ANNA);
        Map<String, String> answer = ResidentFlow.query(back);
        // the code without the verifier kept in the platform's session (a stolen code) gets no token
        MockHttpServletResponse token = mvc.perform(post("/test-idp/token")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("sambruk-demo:wrong".getBytes()))
                        .param("grant_type", "authorization_code").param("code", answer.get("code"))
                        .param("redirect_uri", ResidentFlow.query(authorization).get("redirect_uri")).param("code_verifier", "guess"))
                .andReturn().getResponse();
        assertThat(token.getStatus()).isEqualTo(401);
    }

    @Test
    void aCancelledSignInSaysSo() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        MockHttpServletResponse answer = flow.answer(flow.choose(flow.start("test", "/e-tjanster"), null));
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).contains("Du avbröt inloggningen");
        assertThat(flow.perform(get("/e-tjanster/mina-inloggningar")).getRedirectedUrl()).startsWith("/e-tjanster/logga-in");
    }

    @Test
    void aBrokerSigningInWithTheOidClaimWorks() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        MockHttpServletResponse answer = fakeBroker(flow, "196411139808", FakeBroker.Fault.NONE);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/e-tjanster");
        assertThat(flow.perform(get("/e-tjanster/mina-inloggningar")).getStatus()).isEqualTo(200);
    }

    @Test
    void everyWrongAnswerOfTheBrokerIsRefusedWithAClearPage() throws Exception {
        Map<FakeBroker.Fault, String> expected = new java.util.LinkedHashMap<>();
        expected.put(FakeBroker.Fault.WRONG_ISSUER, "kom inte från den inloggningstjänst du valde");
        expected.put(FakeBroker.Fault.EXPIRED, "för gammalt");
        expected.put(FakeBroker.Fault.NO_PERSONAL_IDENTITY_NUMBER, "lämnade inget personnummer");
        expected.put(FakeBroker.Fault.BAD_PERSONAL_IDENTITY_NUMBER, "inte giltigt");
        expected.put(FakeBroker.Fault.WRONG_NONCE, "hörde inte till din inloggning");
        expected.put(FakeBroker.Fault.WRONG_AUDIENCE, "inte avsett för den här tjänsten");
        expected.put(FakeBroker.Fault.FOREIGN_KEY, "kunde inte kontrolleras");
        expected.put(FakeBroker.Fault.SERVER_ERROR, "svarar inte just nu");
        for (Map.Entry<FakeBroker.Fault, String> fault : expected.entrySet()) {
            ResidentFlow flow = new ResidentFlow(mvc);
            MockHttpServletResponse answer = fakeBroker(flow, ANNA, fault.getKey());
            assertThat(answer.getStatus()).as("%s", fault.getKey()).isIn(400, 503);
            assertThat(answer.getContentAsString()).as("%s", fault.getKey()).contains(fault.getValue());
            assertThat(flow.perform(get("/e-tjanster/mina-inloggningar")).getRedirectedUrl()).as("%s", fault.getKey())
                    .startsWith("/e-tjanster/logga-in");
        }
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'LOGIN_FAILURE' and detail like ?",
                Integer.class, "%WRONG_ISSUER%")).isPositive();
    }

    @Test
    void aProviderThatIsDownGetsAClearPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/e-tjanster/logga-in/down")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("svarar inte just nu");
        MockHttpServletResponse unknown = mvc.perform(get("/e-tjanster/logga-in/nosuch")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
    }

    @Test
    void theSignInPageOffersTheProvidersAndTheTestProviderIsLabelled() throws Exception {
        String page = mvc.perform(get("/e-tjanster/logga-in").param("fortsatt", "https://evil.example/"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Testinloggning – inte riktig e-legitimation").contains("Kommunens broker (test)")
                .doesNotContain("evil.example");
    }

    @Test
    void signingOutEndsTheResidentSessionAndIsAudited() throws Exception {
        Cookie session = ResidentFlow.signIn(mvc, "198507099813");
        ResidentFlow flow = new ResidentFlow(mvc, session);
        assertThat(flow.perform(get("/e-tjanster/mina-inloggningar")).getStatus()).isEqualTo(200);
        MockHttpServletResponse out = flow.perform(post("/e-tjanster/logga-ut").with(csrf()));
        assertThat(out.getRedirectedUrl()).isEqualTo("/e-tjanster?utloggad");
        assertThat(flow.perform(get("/e-tjanster/mina-inloggningar")).getRedirectedUrl()).startsWith("/e-tjanster/logga-in");
        long id = jdbc.queryForObject("select id from core.resident where personal_identity_number = '198507099813'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'LOGOUT' and actor = ?", Integer.class,
                "invånare #" + id)).isPositive();
    }

    @Test
    void theStartPageIsPublicAndSaysWhoIsSignedIn() throws Exception {
        assertThat(mvc.perform(get("/e-tjanster")).andReturn().getResponse().getContentAsString())
                .contains("Logga in med e-legitimation");
        Cookie session = ResidentFlow.signIn(mvc, ANNA);
        String page = mvc.perform(get("/e-tjanster").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anna Testsson").contains("Logga ut").contains("resident-session");
    }

    /** Signs in at the fake broker with a token that has this fault; the platform's answer. */
    static MockHttpServletResponse fakeBroker(ResidentFlow flow, String personalIdentityNumber, FakeBroker.Fault fault) throws Exception {
        URI authorization = flow.start("fake", "/e-tjanster");
        Map<String, String> request = ResidentFlow.query(authorization);
        String code = FakeBroker.code(request.get("nonce"), request.get("code_challenge"), personalIdentityNumber, fault);
        return flow.perform(get("/e-tjanster/logga-in/fake/svar").param("code", code).param("state", request.get("state")));
    }
}
