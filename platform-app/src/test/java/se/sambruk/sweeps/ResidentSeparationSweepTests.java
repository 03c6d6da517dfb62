package se.sambruk.sweeps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.core.security.PublicEndpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents and staff are kept apart on every handler Spring MVC maps, so a service's resident
 * pages are covered as soon as they exist: a resident signed in with e-legitimation is anonymous
 * to every page outside /e-tjanster that is not public (sent to the staff login; the API and
 * operations answer 401), and staff sessions are refused every resident page that is not public (403).
 */
class ResidentSeparationSweepTests extends SweepTest {

    @Test
    void residentsReachOnlyResidentPagesAndStaffNone() throws Exception {
        Map<String, Long> ids = recordIds();
        Caller resident = resident();
        List<Caller> staff = List.of(user("admin"), user("malmo"), user("ale"));
        Findings findings = new Findings();
        int residentPages = 0;
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.path(plausible(endpoint, ids));
            if (PublicEndpoints.isPublic(endpoint.method(), path) || endpoint.pattern().equals(ERROR_PAGE)) {
                continue;
            }
            if (endpoint.isResidentPage()) {
                residentPages++;
                for (Caller caller : staff) {
                    Outcome outcome = perform(endpoint + " " + path + " as " + caller.name(), caller.sign().apply(requestTo(endpoint, path)));
                    findings.check(outcome.status() == 403, outcome, "a staff session must be refused the residents' pages");
                }
            } else {
                Outcome outcome = perform(endpoint + " " + path + " as resident", resident.sign().apply(requestTo(endpoint, path)));
                if (endpoint.isApi() || endpoint.isOperations()) {
                    findings.check(outcome.status() == 401, outcome, "a resident must get 401 from the API and operations");
                } else {
                    findings.check(outcome.status() == 302 && outcome.response().getRedirectedUrl() != null
                            && outcome.response().getRedirectedUrl().endsWith("/login"), outcome,
                            "a resident must be anonymous to the staff pages (sent to /login)");
                }
            }
        }
        assertThat(residentPages).as("resident pages swept").isPositive();
        findings.assertNone("resident separation sweep");
    }
}
