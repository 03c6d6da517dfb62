package se.sambruk.fixamingata;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sambruk.PlatformTest;
import se.sambruk.core.Municipalities;
import se.sambruk.fixamingata.Open311Schemas.Kind;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outside conformance check of the Open311 server over real HTTP (Tomcat, filters and all):
 * every answer of every kind, in XML and JSON, good and bad requests, must have the status the
 * standard and FixMyStreet expect and a body that conforms to the schemas written from GeoReport
 * v2's field tables ({@link Open311Schemas}).
 */
class Open311ConformanceTests extends PlatformTest {

    static final String APP_KEY = Open311ServerTests.APP_KEY, ALE_BACKEND_KEY = Open311ServerTests.ALE_BACKEND_KEY;

    @LocalServerPort
    int port;
    @Autowired
    Categories categories;
    @Autowired
    CategoryQuestions questions;
    @Autowired
    Municipalities municipalities;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One request of the check: what is sent, and the status and kind of answer the standard asks for. */
    record Case(String method, String path, Map<String, String> form, int status, Kind kind) {
        boolean xml() {
            return path.split("\\?")[0].endsWith(".xml");
        }
    }

    static Case get(String path, int status, Kind kind) {
        return new Case("GET", path, Map.of(), status, kind);
    }

    static Case post(String path, Map<String, String> form, int status, Kind kind) {
        return new Case("POST", path, form, status, kind);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    String code(long organisation, String name) {
        return categories.all(organisation).stream().filter(c -> c.name().equals(name)).findFirst().map(Category::serviceCode).orElseThrow();
    }

    /** Ekerö's category with a required question, made once for these tests. */
    String requiredQuestionService() {
        long ekero = municipalities.organisationId("0125").orElseThrow();
        return categories.all(ekero).stream().filter(c -> c.name().equals("Konformanstest")).findFirst().map(Category::serviceCode)
                .orElseGet(() -> {
                    long id = categories.create(ekero, "Konformanstest", Category.SendMethod.EMAIL, "felanmalan@ekero.demo.sambruk.se", null, null, true);
                    questions.replace(ekero, id, List.of(new CategoryQuestions.QuestionInput(null, "Brunnens nummer", true)));
                    return String.valueOf(id);
                });
    }

    HttpResponse<byte[]> send(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + c.path()));
        if (c.method().equals("GET")) {
            request.GET();
        } else {
            String body = c.form().entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded").method(c.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What is wrong with the answer to a case; empty when it conforms. */
    List<String> check(Case c, HttpResponse<byte[]> answer) {
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() != c.status()) {
            problems.add("status " + answer.statusCode() + ", expected " + c.status());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(c.xml() ? "text/xml" : "application/json")) {
            problems.add("Content-Type " + type);
        }
        problems.addAll(Open311Schemas.problems(c.kind(), c.xml(), answer.body()));
        return problems;
    }

    @Test
    void everyAnswerConformsToTheStandard() throws Exception {
        long ale = organisationId("Ale");
        String lights = code(ale, "Gatubelysning ur funktion"), graffiti = code(ale, "Klotter"), litter = code(ale, "Nedskräpning");
        String manhole = requiredQuestionService();
        String question = "attribute[question_" + questions.of(Long.parseLong(lights)).get(0).id() + "]";
        String required = "attribute[question_" + questions.of(Long.parseLong(manhole)).get(0).id() + "]";
        String report = jdbc.queryForObject("select min(id)::text from fixamingata.report where organisation_id = ? and state = 'CONFIRMED'",
                String.class, ale);
        String closed = jdbc.queryForObject("select max(id)::text from fixamingata.report where organisation_id = ? and state = 'FIXED_BY_MUNICIPALITY'",
                String.class, ale);
        Map<String, String> good = form("api_key", APP_KEY, "jurisdiction_id", "1440", "service_code", litter, "lat", "57.961", "long", "12.151",
                "description", "Soppåsar vid busskuren", "email", "app@example.se", "first_name", "Appa", "last_name", "Appsson");

        List<Case> cases = new ArrayList<>();
        for (String fmt : List.of("xml", "json")) {
            cases.add(get("discovery." + fmt, 200, Kind.DISCOVERY));
            cases.add(get("services." + fmt + "?jurisdiction_id=1440", 200, Kind.SERVICES));
            cases.add(get("services." + fmt, 400, Kind.ERRORS));
            cases.add(get("services." + fmt + "?jurisdiction_id=2584", 404, Kind.ERRORS));
            cases.add(get("services." + fmt + "?jurisdiction_id=ale", 404, Kind.ERRORS));
            cases.add(get("services/" + lights + "." + fmt + "?jurisdiction_id=1440", 200, Kind.SERVICE_DEFINITION));
            cases.add(get("services/" + graffiti + "." + fmt + "?jurisdiction_id=1440", 200, Kind.SERVICE_DEFINITION));
            cases.add(get("services/987654321." + fmt + "?jurisdiction_id=1440", 404, Kind.ERRORS));
            cases.add(get("services/klotter." + fmt + "?jurisdiction_id=1440", 404, Kind.ERRORS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440", 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&status=open", 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&status=open,closed", 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&status=foo", 400, Kind.ERRORS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&service_code=" + lights + "," + graffiti, 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&service_request_id=" + report + "," + closed, 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&start_date=&end_date=&status=&service_code=", 200, Kind.REQUESTS));
            cases.add(get("requests." + fmt + "?jurisdiction_id=1440&max_requests=5", 200, Kind.REQUESTS));
            cases.add(get("requests/" + report + "." + fmt + "?jurisdiction_id=1440", 200, Kind.REQUESTS));
            cases.add(get("requests/" + closed + "." + fmt + "?jurisdiction_id=1440", 200, Kind.REQUESTS));
            cases.add(get("requests/abc." + fmt + "?jurisdiction_id=1440", 404, Kind.ERRORS));
            cases.add(get("requests/987654321." + fmt + "?jurisdiction_id=1440", 404, Kind.ERRORS));
            cases.add(get("tokens/no-such-token." + fmt + "?jurisdiction_id=1440", 404, Kind.ERRORS));
            cases.add(get("servicerequestupdates." + fmt + "?jurisdiction_id=1440&start_date=2000-01-01T00:00:00Z", 200, Kind.UPDATES));
            cases.add(get("servicerequestupdates." + fmt + "?jurisdiction_id=1440&start_date=&end_date=", 200, Kind.UPDATES));
            cases.add(post("requests." + fmt, good, 201, Kind.REQUEST_CREATED));
            cases.add(post("requests." + fmt, form("api_key", "wrong", "service_code", litter, "lat", "57.961", "long", "12.151"), 403, Kind.ERRORS));
            cases.add(post("servicerequestupdates." + fmt, form("api_key", ALE_BACKEND_KEY, "service_request_id", report,
                    "update_id", "conf-" + fmt + "-" + System.nanoTime(), "status", "IN_PROGRESS", "description", "Vi tittar på det."), 200, Kind.UPDATE_CREATED));
            cases.add(new Case("PUT", "requests." + fmt, good, 405, Kind.ERRORS));
            cases.add(new Case("DELETE", "services." + fmt + "?jurisdiction_id=1440", Map.of(), 405, Kind.ERRORS));
            cases.add(get("no-such-thing." + fmt, 404, Kind.ERRORS));
        }
        cases.addAll(List.of(
                get("services.xml?jurisdiction_id=", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&status=closed", 200, Kind.REQUESTS),
                get("requests.xml?jurisdiction_id=1440&status=open,,closed", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&service_code=abc", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&service_code=987654321", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&service_request_id=x", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&start_date=ig%C3%A5r", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&max_requests=0", 400, Kind.ERRORS),
                get("requests.json?jurisdiction_id=1440&limit=2", 200, Kind.REQUESTS),
                get("requests.csv?jurisdiction_id=1440", 404, Kind.ERRORS),
                get("requests.xml", 400, Kind.ERRORS),
                get("servicerequestupdates.json", 400, Kind.ERRORS),
                get("servicerequestupdates.json?jurisdiction_id=1440&end_date=nej", 400, Kind.ERRORS),
                post("requests.json", with(good, "lat", "", "long", "", "address_string", "Göteborgsvägen 1, Nödinge"), 201, Kind.REQUEST_CREATED),
                post("requests.xml", with(good, "lat", "", "long", "", "address_string", "Ingenstansgatan 99"), 400, Kind.ERRORS),
                post("requests.json", with(good, "lat", "", "long", ""), 400, Kind.ERRORS),
                post("requests.json", with(good, "lat", "57.961", "long", ""), 400, Kind.ERRORS),
                post("requests.json", with(good, "email", "", "description", ""), 201, Kind.REQUEST_CREATED),
                post("requests.json", with(good, "email", "a@example.se\r\nBcc: victim@example.se"), 400, Kind.ERRORS),
                post("requests.json", with(good, "email", "inte-en-adress@"), 400, Kind.ERRORS),
                post("requests.xml", with(good, "api_key", ""), 403, Kind.ERRORS),
                post("requests.json", with(good, "service_code", lights, question, "A-17", "media_url", "https://bilder.example.se/a17.jpg",
                        "device_id", "dev-1", "account_id", "acc-1", "address_id", "ADR-9"), 201, Kind.REQUEST_CREATED),
                post("requests.json", with(good, "service_code", manhole, "jurisdiction_id", "0125", "lat", "59.2906", "long", "17.8118"), 400, Kind.ERRORS),
                post("requests.xml", with(good, "service_code", manhole, "jurisdiction_id", "0125", "lat", "59.2906", "long", "17.8118",
                        required, "B-3"), 201, Kind.REQUEST_CREATED),
                post("requests.json", with(good, "media_url", "file:///etc/passwd"), 400, Kind.ERRORS),
                post("requests.json", with(good, "service_code", "987654321"), 400, Kind.ERRORS),
                post("requests.json", with(good, "service_code", ""), 400, Kind.ERRORS),
                post("requests.json", with(good, "lat", "52.52", "long", "13.40"), 400, Kind.ERRORS),
                post("requests.json", with(good, "jurisdiction_id", "0125"), 400, Kind.ERRORS),
                post("servicerequestupdates.xml", form("api_key", ALE_BACKEND_KEY, "service_request_id", closed,
                        "update_id", "conf-reopen-" + System.nanoTime(), "status", "REOPEN", "description", "Öppnat igen."), 200, Kind.UPDATE_CREATED),
                post("servicerequestupdates.json", form("api_key", ALE_BACKEND_KEY, "service_request_id", closed,
                        "update_id", "conf-triage-" + System.nanoTime(), "status", "FOR_TRIAGE"), 200, Kind.UPDATE_CREATED),
                post("servicerequestupdates.json", form("api_key", ALE_BACKEND_KEY, "service_request_id", report,
                        "update_id", "conf-bad-" + System.nanoTime(), "status", "BOGUS"), 400, Kind.ERRORS),
                post("servicerequestupdates.json", form("api_key", ALE_BACKEND_KEY, "service_request_id", "abc",
                        "update_id", "conf-x", "status", "OPEN"), 404, Kind.ERRORS),
                post("servicerequestupdates.json", form("api_key", APP_KEY, "service_request_id", report,
                        "update_id", "conf-y", "status", "OPEN"), 403, Kind.ERRORS),
                post("servicerequestupdates.json", form("api_key", ALE_BACKEND_KEY, "service_request_id", report,
                        "update_id", "conf-z", "status", "OPEN", "updated_datetime", "i morgon"), 400, Kind.ERRORS),
                new Case("PATCH", "servicerequestupdates.json", form("status", "open"), 405, Kind.ERRORS)));

        Map<String, List<String>> failures = new LinkedHashMap<>();
        int passed = 0;
        for (Case c : cases) {
            List<String> problems = check(c, send(c));
            if (problems.isEmpty()) {
                passed++;
            } else {
                failures.put(c.method() + " " + c.path() + " " + c.form().keySet(), problems);
            }
        }
        passed += otherBodies(failures);
        int total = cases.size() + OTHER_BODIES;
        System.out.printf("Open311 conformance: %d of %d checks pass%n", passed, total);
        assertThat(failures).as("Open311 conformance: %d of %d checks pass", passed, total).isEmpty();
    }

    static final int OTHER_BODIES = 3;

    /** Bodies that are not form-encoded UTF-8: each must still be answered in the standard's format. */
    int otherBodies(Map<String, List<String>> failures) throws Exception {
        int passed = 0;
        byte[] latin1 = ("api_key=" + APP_KEY + "&service_code=1&lat=57.961&long=12.151&description=Sn\u00f6 p\u00e5 v\u00e4gen")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.xml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"api_key\":\"x\"}")).build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/services.json?jurisdiction_id=1440"))
                        .header("Accept", "application/pdf").GET().build());
        for (HttpRequest request : requests) {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean xml = request.uri().getPath().endsWith(".xml");
            List<String> problems = new ArrayList<>();
            Kind kind = answer.statusCode() >= 400 ? Kind.ERRORS : answer.statusCode() == 201 ? Kind.REQUEST_CREATED : Kind.SERVICES;
            problems.addAll(Open311Schemas.problems(kind, xml, answer.body()));
            if (!answer.headers().firstValue("Content-Type").orElse("").startsWith(xml ? "text/xml" : "application/json")) {
                problems.add("Content-Type " + answer.headers().firstValue("Content-Type").orElse(""));
            }
            if (answer.statusCode() >= 500) {
                problems.add("status " + answer.statusCode());
            }
            if (problems.isEmpty()) {
                passed++;
            } else {
                failures.put(request.method() + " " + request.uri() + " " + request.headers().map(), problems);
            }
        }
        return passed;
    }

    static Map<String, String> with(Map<String, String> form, String... pairs) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.putAll(form(pairs));
        return changed;
    }

    @Test
    void theDiscoveryDocumentNamesTheServerAsTheClientReachedItAndTheListLimit() throws Exception {
        HttpResponse<byte[]> answer = send(get("discovery.json", 200, Kind.DISCOVERY));
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(body, "$.endpoints[0].url")).isEqualTo("http://localhost:" + port + "/open311/v2");
        assertThat((Integer) JsonPath.read(body, "$.max_requests")).isEqualTo(1000);
        HttpResponse<byte[]> five = send(get("requests.json?jurisdiction_id=1440&max_requests=5&start_date=2000-01-01T00:00:00Z", 200, Kind.REQUESTS));
        assertThat((List<?>) JsonPath.read(new String(five.body(), StandardCharsets.UTF_8), "$")).hasSize(5);
        HttpResponse<byte[]> all = send(get("requests.json?jurisdiction_id=1440&start_date=2000-01-01T00:00:00Z", 200, Kind.REQUESTS));
        int count = jdbc.queryForObject("""
                select count(*) from fixamingata.report where organisation_id = ? and state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')""",
                Integer.class, organisationId("Ale"));
        assertThat((List<?>) JsonPath.read(new String(all.body(), StandardCharsets.UTF_8), "$")).hasSize(Math.min(1000, count));
    }
}
