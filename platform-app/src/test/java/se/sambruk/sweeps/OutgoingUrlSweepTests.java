package se.sambruk.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting a form or API takes that holds a URL the server will call refuses internal
 * addresses: found by name ({@code ...Url}, {@code ...Uri}, {@code ...Endpoint}, {@code ...Webhook})
 * among the inputs of every handler that changes something, so a new service's URL field is swept
 * the day it exists. Each is sent loopback, cloud-metadata, private and IPv6 addresses (one at a
 * time, every other input left empty) by each caller of the sweep; the answer must carry the
 * guard's reason ({@code se.sambruk.core.http.OutgoingUrls}), and afterwards no table in the
 * database may hold any of the addresses.
 */
class OutgoingUrlSweepTests extends SweepTest {

    static final Pattern URL_FIELD = Pattern.compile("(?i).*(url|uri|endpoint|webhook)");
    static final List<String> INTERNAL = List.of("http://127.0.0.1:9/sweep-loopback", "http://169.254.169.254/sweep-metadata/",
            "http://10.20.30.40/sweep-private", "http://[::1]/sweep-ipv6", "http://[fd00:ec2::254]/sweep-ula");
    static final String REASON = "internt nät";
    /**
     * OAuth redirect URIs: the server never calls them, it sends the browser there, and only to the
     * registered one. For these the sweep asks that the address is refused: no redirect to it.
     */
    static final Pattern BROWSER_REDIRECT = Pattern.compile("(?i)redirect_?uri");

    @Test
    void everyUrlSettingRefusesInternalAddresses() throws Exception {
        // records of Ale (whose demo user "ale" handles FixaMinGata and administers EGIL) for the paths' variables
        Map<String, Long> ids = new java.util.HashMap<>(recordIds());
        long ale = organisationId("Ale");
        ids.put("kategorier", jdbc.queryForObject("select min(id) from fixamingata.category where organisation_id = ?", Long.class, ale));
        ids.put("suppliers", jdbc.queryForObject("select min(id) from egil.supplier where organisation_id = ?", Long.class, ale));
        // an API source (its connection's addresses are swept); Ale's demo source takes CSV, so the sweep adds one
        Long apiSource = jdbc.queryForObject("select min(id) from egil.source where organisation_id = ? and kind = 'SS12000'", Long.class, ale);
        ids.put("sources", apiSource != null ? apiSource : jdbc.queryForObject(
                "insert into egil.source (organisation_id, name, kind) values (?, 'Svepets API-källa', 'SS12000') returning id", Long.class, ale));
        // borlange: Tillarbetslivet's coordinator, who reads class lists from an SS 12000 API
        List<Caller> browserUsers = List.of(user("admin"), user("ale"), user("malmo"), user("borlange"));
        List<Caller> apiClients = List.of(apiClient(), apiClient("sweep-ale-client", "Ale"));
        List<Endpoint> swept = endpoints().stream()
                .filter(endpoint -> endpoint.method() != HttpMethod.GET && !urlFields(endpoint).isEmpty())
                .toList();
        Findings findings = new Findings();
        List<String> inventory = new ArrayList<>();
        for (Endpoint endpoint : swept) {
            for (String field : urlFields(endpoint)) {
                inventory.add("  " + endpoint + " " + field);
                boolean reached = false;
                for (Caller caller : endpoint.isApi() ? apiClients : browserUsers) {
                    for (String url : INTERNAL) {
                        Outcome outcome = perform(endpoint + " with " + field + "=" + url + " as " + caller.name(),
                                caller.sign().apply(request(endpoint, plausible(endpoint, ids), field, url)));
                        if (outcome.status() == 401 || outcome.status() == 403 || outcome.status() == 404) {
                            break; // this caller may not use it: the next one may
                        }
                        reached = true;
                        findings.check(outcome.status() < 500, outcome, "server error");
                        if (BROWSER_REDIRECT.matcher(field).matches()) {
                            String location = outcome.response() == null ? null : outcome.response().getHeader("Location");
                            findings.check(location == null || !location.startsWith(url), outcome,
                                    "a browser is sent to an unregistered redirect URI");
                            continue;
                        }
                        findings.check(outcome.body().contains(REASON), outcome,
                                "no refusal of the internal address: check it with OutgoingUrls.reject (forms) or refusal (API)");
                    }
                }
                // a redirect URI at an endpoint only clients reach (a token endpoint) is compared, never followed
                findings.check(reached || BROWSER_REDIRECT.matcher(field).matches(), endpoint + " " + field,
                        "no caller of the sweep gets past the security layer: add one that may use it");
            }
        }
        for (String stored : storedInternalAddresses()) {
            findings.check(false, stored, "an internal address was stored");
        }
        System.out.printf("Outgoing-URL sweep: %d settings%n%s%n", inventory.size(), String.join("\n", inventory));
        assertThat(inventory).as("URL settings found (FixaMinGata's back-ends, EGIL's sources and suppliers at least)").hasSizeGreaterThanOrEqualTo(4);
        findings.assertNone("outgoing-URL sweep");
    }

    static List<String> urlFields(Endpoint endpoint) {
        List<String> fields = new ArrayList<>(endpoint.parameters());
        fields.addAll(endpoint.bodyFields());
        return fields.stream().filter(name -> URL_FIELD.matcher(name).matches()).distinct().toList();
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint, UnaryOperator<String> pathValues, String field, String url) {
        String path = endpoint.path(pathValues);
        if (endpoint.hasBody()) {
            return requestTo(endpoint, path).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"" + field + "\":\"" + url + "\"}");
        }
        return requestTo(endpoint, path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(encode(field) + "=" + encode(url));
    }

    /** Every text column of every table that holds one of the sweep's addresses, as "schema.table.column". */
    private List<String> storedInternalAddresses() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_schema, table_name, column_name from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema') and data_type in ('text', 'character varying')
                and table_name not like 'flyway_schema_history%' and table_name not in ('audit_event', 'spring_session')
                """);
        List<String> found = new ArrayList<>();
        String markers = INTERNAL.stream().map(url -> url.replaceAll("^http://[^/]+", "")).map(path -> "%" + path + "%")
                .map(like -> "'" + like + "'").collect(Collectors.joining(", "));
        for (Map<String, Object> column : columns) {
            String name = column.get("table_schema") + "." + column.get("table_name");
            String col = "\"" + column.get("column_name") + "\"";
            Integer count = jdbc.queryForObject("select count(*) from " + name + " where " + col + " like any (array[" + markers + "])",
                    Integer.class);
            if (count != null && count > 0) {
                found.add(name + "." + column.get("column_name"));
            }
        }
        return found;
    }
}
