package se.sambruk.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every handler that takes input (path variables, request parameters, form fields, a JSON body)
 * gets missing, malformed and hostile values, from staff and from municipal users (the API from a
 * client with every register scope, the residents' pages under /e-tjanster from a resident signed in
 * through the demo's test identity provider), so that the handlers are reached. None may answer
 * 5xx, and none may send back {@code <script>alert(1)</script>} unescaped. The inputs come from
 * the handlers' signatures, so a new handler is swept as soon as it exists.
 *
 * <p>One request per handler and bad value: the value goes into every input at once (path variables
 * keep a real record's id), and once more into the path variables too; not every combination. A
 * caller the security layer turns away (401, 403) without input is not swept further there.
 */
class BadInputSweepTests extends SweepTest {

    /** One request of the sweep. */
    private record Attempt(String description, MockHttpServletRequestBuilder request) {
    }

    @Test
    void badInputNeverBreaksAHandlerNorComesBackAsAScript() throws Exception {
        Map<String, Long> ids = recordIds();
        // staff, an organisation's administrator, a caseworker of a municipality that uses EGIL, and Borlänge's caseworker in
        // UKA, Multifråga, Provisum and Tillarbetslivet
        List<Caller> browserUsers = List.of(user("admin"), user("malmo"), user("ale"), user("borlange"));
        List<Caller> apiClients = List.of(apiClient(), apiClient("sweep-ale-client", "Ale"));
        List<Endpoint> swept = endpoints().stream().filter(Endpoint::takesInput).toList();

        Findings findings = new Findings();
        long started = System.nanoTime();
        int requests = 0;
        for (Endpoint endpoint : swept) {
            boolean reached = false;
            // residents' pages: a resident signed in for this handler alone (a handler may sign it out), and staff
            List<Caller> callers = endpoint.isApi() ? apiClients
                    : endpoint.isResidentPage() ? List.of(resident(), browserUsers.get(0)) : browserUsers;
            for (Caller caller : callers) {
                List<Attempt> attempts = attempts(endpoint, ids); // fresh: signing a request adds to it
                for (Attempt attempt : attempts) {
                    Outcome outcome = perform(attempt.description() + " as " + caller.name(), caller.sign().apply(attempt.request()));
                    findings.check(outcome.status() < 500, outcome, "server error");
                    findings.check(!outcome.body().contains(SCRIPT), outcome, "the script came back unescaped");
                    requests++;
                    if (attempt == attempts.get(0)) { // no input: does this caller get past the security layer?
                        if (outcome.status() == 401 || outcome.status() == 403) {
                            break;
                        }
                        reached = true;
                    }
                }
            }
            // the test provider's token endpoint authenticates its client itself; ResidentSignInTests sends it bad requests
            findings.check(reached || endpoint.toString().equals("POST /test-idp/token"), endpoint.toString(),
                    "no caller of the sweep gets past the security layer: add one that may use it");
        }
        System.out.printf("Bad-input sweep: %d handlers, %d requests in %d ms%n%s%n", swept.size(), requests,
                (System.nanoTime() - started) / 1_000_000, inventory(swept));
        findings.assertNone("bad-input sweep");
    }

    private List<Attempt> attempts(Endpoint endpoint, Map<String, Long> ids) {
        UnaryOperator<String> plausible = plausible(endpoint, ids);
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(attempt(endpoint, plausible, null));
        for (BadValue value : BadValue.ALL) {
            if (!endpoint.parameters().isEmpty() || endpoint.hasBody()) {
                attempts.add(attempt(endpoint, plausible, value));
            }
            if (!endpoint.pathVariables().isEmpty()) {
                attempts.add(attempt(endpoint, variable -> value.urlEncoded(), value));
            }
        }
        if (endpoint.hasBody()) {
            for (byte[] body : BadValue.MALFORMED_JSON) {
                String path = endpoint.path(plausible);
                attempts.add(new Attempt(endpoint + " " + path + " with body '" + new String(body) + "'",
                        requestTo(endpoint, path).contentType(MediaType.APPLICATION_JSON).content(body)));
            }
        }
        return attempts;
    }

    /**
     * The request with these path variables and the value in every other input: the query of a GET
     * (and of a request with a JSON body), else a form body; no inputs when the value is null.
     */
    private static Attempt attempt(Endpoint endpoint, UnaryOperator<String> pathValues, BadValue value) {
        String path = endpoint.path(pathValues);
        String parameters = value == null ? "" : endpoint.parameters().stream()
                .map(name -> encode(name) + "=" + value.urlEncoded())
                .collect(Collectors.joining("&"));
        boolean inQuery = endpoint.method() == HttpMethod.GET || endpoint.hasBody();
        MockHttpServletRequestBuilder request = requestTo(endpoint, path + (inQuery && !parameters.isEmpty() ? "?" + parameters : ""));
        if (endpoint.hasBody()) {
            request.contentType(MediaType.APPLICATION_JSON).content(value == null ? "{}".getBytes() : value.jsonObject(endpoint.bodyFields()));
        } else if (!inQuery) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(parameters);
        }
        String description = endpoint + " " + (value == null ? "with no input" : "with " + value + " in " + path);
        return new Attempt(description, request);
    }

    private static String inventory(List<Endpoint> endpoints) {
        return endpoints.stream()
                .map(endpoint -> "  " + endpoint + " variables " + endpoint.pathVariables() + " parameters " + endpoint.parameters()
                        + (endpoint.hasBody() ? " body " + endpoint.bodyFields() : ""))
                .collect(Collectors.joining("\n"));
    }
}
