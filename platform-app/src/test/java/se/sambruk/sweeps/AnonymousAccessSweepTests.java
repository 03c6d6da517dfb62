package se.sambruk.sweeps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import se.sambruk.core.security.PublicEndpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler Spring MVC maps (pages, API, API docs, actuator) refuses an anonymous visitor,
 * unless {@link PublicEndpoints} lists it: pages send the visitor to the login page (residents' pages
 * under /e-tjanster to the residents' sign-in), the API and
 * the operations endpoints answer 401. A new handler is swept without anyone adding it here.
 */
class AnonymousAccessSweepTests extends SweepTest {

    @Test
    void everyHandlerRefusesAnonymousVisitorsUnlessListedAsPublic() {
        Map<String, Long> ids = recordIds();
        Findings findings = new Findings();
        List<Endpoint> endpoints = endpoints();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.path(plausible(endpoint, ids));
            Outcome outcome = perform(endpoint + " as " + path, Caller.ANONYMOUS.sign().apply(requestTo(endpoint, path)));
            if (PublicEndpoints.isPublic(endpoint.method(), path)) {
                findings.check(outcome.status() < 500 || endpoint.pattern().equals(ERROR_PAGE), outcome, "a public endpoint failed");
            } else if (endpoint.isResidentPage()) {
                findings.check(outcome.status() == 302 && outcome.response().getRedirectedUrl() != null
                                && outcome.response().getRedirectedUrl().startsWith("/e-tjanster/logga-in?fortsatt="), outcome,
                        "expected a redirect to the residents' sign-in; list the page in PublicEndpoints if it is meant to be public");
            } else if (endpoint.isApi() || endpoint.isOperations()) {
                findings.check(outcome.status() == 401, outcome, "expected 401 for an anonymous request");
            } else {
                findings.check(outcome.status() == 302 && outcome.response().getRedirectedUrl() != null
                                && outcome.response().getRedirectedUrl().endsWith("/login"), outcome,
                        "expected a redirect to /login; list the page in PublicEndpoints if it is meant to be public");
            }
        }
        assertThat(endpoints).as("the sweep sees the pages, the API, the API docs and the actuator")
                .extracting(Endpoint::pattern)
                .contains("/admin/users/{id}", "/org/users/{id}", "/api/v1/organisations/{id}", "/v3/api-docs", "/actuator/health");
        findings.assertNone("anonymous access sweep");
    }

    @Test
    void publicListMatchesPathsAsSpringSecurityDoes() {
        assertThat(PublicEndpoints.isPublic(HttpMethod.GET, "/organisations/12")).isTrue();
        assertThat(PublicEndpoints.isPublic(HttpMethod.POST, "/organisations/12")).isFalse();
        assertThat(PublicEndpoints.isPublic(HttpMethod.GET, "/services/egil/workspace")).isFalse();
        assertThat(PublicEndpoints.isPublic(HttpMethod.POST, "/setup")).isTrue();
        assertThat(PublicEndpoints.isPublic(HttpMethod.GET, "/actuator/health/liveness")).isTrue();
        assertThat(PublicEndpoints.isPublic(HttpMethod.GET, "/actuator/info")).isFalse();
    }
}
