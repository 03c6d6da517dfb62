package se.sambruk.sweeps;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import se.sambruk.PlatformTest;
import se.sambruk.core.Roles;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.security.ApiClients;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * What the security sweeps share: the application's endpoints, callers (anonymous, signed-in
 * users, an API client), records made for the sweeps to act on, and requests built from an
 * endpoint's signature. Sweeps collect every problem and report them all at the end.
 */
abstract class SweepTest extends PlatformTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    /**
     * Boot's error page, which takes the status of the error it shows; asked for directly, with no
     * error, it answers 500. Swept for access and headers, not for its status.
     */
    static final String ERROR_PAGE = "/error";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;
    @Autowired
    ApiClients clients;
    @Autowired
    Organisations organisations;

    private MockMvc quietMvc;

    List<Endpoint> endpoints() {
        return Endpoint.all(context);
    }

    /** Who sends a request: signs it (session cookie and CSRF token, or bearer token) or leaves it anonymous. */
    record Caller(String name, UnaryOperator<MockHttpServletRequestBuilder> sign) {

        static final Caller ANONYMOUS = new Caller("anonymous", request -> request.with(csrf()));
    }

    Caller user(String username) throws Exception {
        Cookie session = login(username);
        return new Caller(username, request -> request.cookie(session).with(csrf()));
    }

    /**
     * A resident signed in with e-legitimation through the demo's test identity provider (real
     * redirects and token checks), in a session of its own: a new one for each call, since a
     * sweep may sign it out.
     */
    Caller resident() throws Exception {
        Cookie session = se.sambruk.residents.ResidentFlow.signIn(mvc, SWEEP_RESIDENT);
        return new Caller("resident", request -> request.cookie(session).with(csrf()));
    }

    /** The test person the sweeps sign in as (Gustav Försöksberg). */
    static final String SWEEP_RESIDENT = "195111039912";

    /** An API client of Sambruk with every register scope, registered on first use. */
    Caller apiClient() throws Exception {
        return apiClient("sweep-api-client", "Sambruk");
    }

    /**
     * An API client of an organisation with every scope, registered on first use: a client of a
     * municipality that uses a service (Ale uses EGIL) reaches that service's API.
     */
    Caller apiClient(String clientId, String organisation) throws Exception {
        String secret = clientId + "-secret";
        Set<String> scopes = se.sambruk.core.security.ApiClient.KNOWN_SCOPES; // every scope, so new APIs are swept too
        synchronized (SweepTest.class) {
            if (!clients.existsByClientId(clientId)) {
                accounts.registerClient(clientId, "Security sweeps", organisationId(organisation), scopes, secret);
            }
        }
        String response = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
                .param("grant_type", "client_credentials").param("scope", String.join(" ", scopes)))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(response, "$.access_token");
        return new Caller(clientId, request -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /** A user made for the sweeps (password {@link #DEMO_PASSWORD}), created on first use; its id. */
    long sweepUser(String username, String organisation, String... roles) {
        synchronized (SweepTest.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Svep " + username, username + "@sweep.sambruk.se", organisationId(organisation),
                        Set.of(roles), DEMO_PASSWORD);
            }
        }
        return userId(username);
    }

    /** An API client made for the sweeps to act on (never to sign requests with: a sweep may disable it); its id. */
    long sweepClient(String clientId) {
        synchronized (SweepTest.class) {
            if (!clients.existsByClientId(clientId)) {
                accounts.registerClient(clientId, "Svep " + clientId, organisationId("Sambruk"), Set.of("register.read"));
            }
        }
        return jdbc.queryForObject("select id from core.api_client where client_id = ?", Long.class, clientId);
    }

    /**
     * A record for each collection the paths name, for path variables: a user and an API client
     * made for the sweeps (a sweep may disable them without harm to other tests), Malmö, and a
     * subscription (the sweeps never send a valid end date).
     */
    Map<String, Long> recordIds() {
        return Map.of("users", sweepUser("sweep.target", "Malmö", Roles.CASEWORKER),
                "clients", sweepClient("sweep-target-client"),
                "organisations", organisationId("Malmö"),
                "subscriptions", jdbc.queryForObject("select min(id) from core.subscription", Long.class));
    }

    /**
     * A plausible value for each path variable: a service code, or the id of a record of the collection
     * the path names ({@code users}, {@code organisations}, ...); {@code 1} for anything else.
     */
    static UnaryOperator<String> plausible(Endpoint endpoint, Map<String, ?> idsByCollection) {
        return variable -> {
            if (variable.equals("code")) {
                return "egil";
            }
            Object id = idsByCollection.get(endpoint.collectionOf(variable));
            return id == null ? "1" : String.valueOf(id);
        };
    }

    /** The request to an endpoint at a path; pages ask for HTML, the API and operations for JSON. */
    static MockHttpServletRequestBuilder requestTo(Endpoint endpoint, String pathAndQuery) {
        return request(endpoint.method(), URI.create(pathAndQuery))
                .header(HttpHeaders.ACCEPT, endpoint.isApi() || endpoint.isOperations() ? MediaType.APPLICATION_JSON_VALUE : BROWSER_ACCEPT);
    }

    static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }

    /** The outcome of one request: the response, or what the application threw (which a server answers with 500). */
    record Outcome(String request, MockHttpServletResponse response, Exception thrown) {

        int status() {
            return thrown != null ? 500 : response.getStatus();
        }

        String body() {
            try {
                return response == null ? "" : response.getContentAsString(StandardCharsets.UTF_8);
            } catch (java.io.UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        String describe() {
            return request + " -> " + (thrown != null ? "threw " + thrown : status());
        }
    }

    /**
     * The application's MockMvc, with the same filters, but without keeping every request and response
     * to print when a test fails: a sweep sends hundreds, and reports the ones that matter itself.
     */
    private MockMvc quietMvc() {
        if (quietMvc == null) {
            DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context);
            for (MockMvcBuilderCustomizer customizer : context.getBeansOfType(MockMvcBuilderCustomizer.class).values()) {
                if (customizer instanceof SpringBootMockMvcBuilderCustomizer boot) {
                    SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) context);
                    quiet.setAddFilters(boot.isAddFilters());
                    quiet.setPrint(MockMvcPrint.NONE);
                    customizer = quiet;
                }
                customizer.customize(builder);
            }
            quietMvc = builder.build();
        }
        return quietMvc;
    }

    Outcome perform(String description, MockHttpServletRequestBuilder request) {
        try {
            return new Outcome(description, quietMvc().perform(request).andReturn().getResponse(), null);
        } catch (Exception thrown) {
            return new Outcome(description, null, thrown);
        }
    }

    /** The problems a sweep found, each with the request that showed it; all reported at once. */
    static final class Findings {

        private final List<String> problems = new ArrayList<>();
        private int checked;

        void check(boolean ok, Outcome outcome, String problem) {
            check(ok, outcome.describe(), problem);
        }

        void check(boolean ok, String subject, String problem) {
            checked++;
            if (!ok) {
                problems.add(subject + ": " + problem);
            }
        }

        void assertNone(String what) {
            assertThat(checked).as("requests checked by the %s", what).isPositive();
            assertThat(problems).as("%s: %d problems in %d checks", what, problems.size(), checked).isEmpty();
        }
    }
}
