package se.sambruk.residents;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A resident's sign-in through the real redirects: the platform's authorization request, the
 * demo's test identity provider (its page and its form) or the fake broker, and the answer back
 * to the platform, which fetches the token and keys over HTTP. Keeps the session cookie as a
 * browser would.
 */
public final class ResidentFlow {

    public static final String SESSION_COOKIE = "SAMBRUK_SESSION";

    private final MockMvc mvc;
    private Cookie session;

    public ResidentFlow(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResidentFlow(MockMvc mvc, Cookie session) {
        this.mvc = mvc;
        this.session = session;
    }

    public Cookie session() {
        return session;
    }

    /** Signs in as one of the test provider's persons; the session cookie of the signed-in resident. */
    public static Cookie signIn(MockMvc mvc, String personalIdentityNumber) throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc);
        MockHttpServletResponse answer = flow.answer(flow.choose(flow.start("test", "/e-tjanster"), personalIdentityNumber));
        assertThat(answer.getStatus()).as("sign-in answer %s", answer.getContentAsString()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/e-tjanster");
        return flow.session();
    }

    /** The platform's authorization request to a provider (a redirect to its authorization endpoint). */
    public URI start(String provider, String returnTo) throws Exception {
        var request = get("/e-tjanster/logga-in/" + provider).param("fortsatt", returnTo);
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as("start %s: %s", provider, response.getContentAsString()).isEqualTo(302);
        return URI.create(response.getRedirectedUrl());
    }

    /** The test provider's page, then its form with the chosen person: the redirect back to the platform. */
    public URI choose(URI authorization, String personalIdentityNumber) throws Exception {
        MockHttpServletResponse page = perform(get(authorization.getRawPath() + "?" + authorization.getRawQuery()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("inte riktig e-legitimation");
        Map<String, String> query = query(authorization);
        var form = post("/test-idp/authorize").with(csrf())
                .param("clientId", query.get("client_id")).param("redirectUri", query.get("redirect_uri"))
                .param("state", query.get("state")).param("nonce", query.get("nonce"))
                .param("codeChallenge", query.get("code_challenge")).param("scope", query.get("scope"));
        if (personalIdentityNumber == null) {
            form.param("cancel", "1");
        } else {
            form.param("person", personalIdentityNumber);
        }
        MockHttpServletResponse chosen = perform(form);
        assertThat(chosen.getStatus()).isEqualTo(302);
        return URI.create(chosen.getRedirectedUrl());
    }

    /** The provider's answer to the platform. */
    public MockHttpServletResponse answer(URI answer) throws Exception {
        return perform(get(answer.getRawPath() + "?" + answer.getRawQuery()));
    }

    public MockHttpServletResponse perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie renewed = response.getCookie(SESSION_COOKIE);
        if (renewed != null) {
            session = renewed.getMaxAge() == 0 ? null : renewed;
        }
        return response;
    }

    public static Map<String, String> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build(true).getQueryParams().toSingleValueMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> java.net.URLDecoder.decode(entry.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }
}
