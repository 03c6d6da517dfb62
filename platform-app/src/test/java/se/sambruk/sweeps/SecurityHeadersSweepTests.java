package se.sambruk.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page, whoever asks, carries the browser's protections: a content security policy,
 * {@code nosniff}, protection against framing and a referrer policy; and the session cookie is
 * HttpOnly and SameSite always, and Secure when the request came over TLS.
 */
class SecurityHeadersSweepTests extends SweepTest {

    /** Pages that no handler method serves. */
    private static final List<String> OTHER_PAGES = List.of("/swagger-ui/index.html");

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        Map<String, Long> ids = recordIds();
        List<Caller> callers = List.of(Caller.ANONYMOUS, user("admin"), user("malmo"), resident());
        Findings findings = new Findings();
        List<String> pagesSeen = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() != HttpMethod.GET || endpoint.isApi() || endpoint.isOperations()) {
                continue;
            }
            String path = endpoint.path(plausible(endpoint, ids));
            for (Caller caller : callers) {
                Outcome outcome = perform(endpoint + " " + path + " as " + caller.name(), caller.sign().apply(requestTo(endpoint, path)));
                if (isPage(outcome)) {
                    checkHeaders(findings, outcome);
                    pagesSeen.add(path + " as " + caller.name());
                }
            }
        }
        for (String page : OTHER_PAGES) {
            Outcome outcome = perform(page, get(page).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT));
            findings.check(isPage(outcome), outcome, "expected a page");
            checkHeaders(findings, outcome);
        }
        assertThat(pagesSeen).as("pages swept").contains("/ as anonymous", "/admin as admin", "/org/users as malmo",
                "/map.svg as anonymous", "/e-tjanster/mina-inloggningar as resident");
        findings.assertNone("security header sweep");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureOverTls() throws Exception {
        assertThat(sessionCookie(get("/login")))
                .as("the session a visitor gets for the login form's CSRF token")
                .contains("HttpOnly", "SameSite=Lax");
        assertThat(sessionCookie(signIn()))
                .contains("HttpOnly", "SameSite=Lax");
        // DefaultCookieSerializer marks it Secure when request.isSecure(): behind a proxy, Tomcat sets that
        // from X-Forwarded-Proto (server.forward-headers-strategy=native), which MockMvc has no Tomcat for
        assertThat(sessionCookie(signIn().secure(true)))
                .contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private static MockHttpServletRequestBuilder signIn() {
        return post("/login").with(csrf()).param("username", "ale").param("password", DEMO_PASSWORD);
    }

    /** The Set-Cookie header of the session cookie, as the browser gets it. */
    private String sessionCookie(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .filter(header -> header.startsWith(SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.getHeaders(HttpHeaders.SET_COOKIE)));
    }

    private static boolean isPage(Outcome outcome) {
        String type = outcome.response() == null ? null : outcome.response().getContentType();
        return outcome.status() == 200 && type != null && (type.startsWith("text/html") || type.startsWith("image/svg+xml"));
    }

    private static void checkHeaders(Findings findings, Outcome outcome) {
        MockHttpServletResponse response = outcome.response();
        if (response == null) {
            findings.check(false, outcome, "no response");
            return;
        }
        String policy = response.getHeader("Content-Security-Policy");
        findings.check(policy != null && policy.contains("default-src"), outcome, "no Content-Security-Policy");
        findings.check("nosniff".equals(response.getHeader("X-Content-Type-Options")), outcome, "no X-Content-Type-Options: nosniff");
        findings.check("DENY".equals(response.getHeader("X-Frame-Options")) || policy != null && policy.contains("frame-ancestors 'none'"),
                outcome, "no protection against framing");
        findings.check(response.getHeader("Referrer-Policy") != null, outcome, "no Referrer-Policy");
    }
}
