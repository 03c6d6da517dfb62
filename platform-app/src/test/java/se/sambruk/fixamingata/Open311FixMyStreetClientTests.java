package se.sambruk.fixamingata;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import se.sambruk.PlatformTest;
import se.sambruk.fixamingata.Open311Schemas.Kind;
import se.sambruk.fixamingata.report.CategoryQuestions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server driven as FixMyStreet's Open311 client (perllib/Open311.pm) drives an Open311
 * endpoint, over real HTTP and in XML as that client reads it: the service list, then the
 * definition of each service with {@code metadata} true and its attributes; a report POSTed with
 * the answers as {@code attribute[code]}, a photo as {@code media_url} and the client's own extra
 * attributes; the back-end's updates with extended statuses (and their own times, photos and status
 * codes) read back from {@code servicerequestupdates}; and a reopening with {@code REOPEN}.
 */
class Open311FixMyStreetClientTests extends PlatformTest {

    @LocalServerPort
    int port;
    @Autowired
    CategoryQuestions questions;
    @Autowired
    se.sambruk.fixamingata.report.Categories categories;
    @Autowired
    se.sambruk.fixamingata.delivery.DeliveryOutbox outbox;

    private final HttpClient http = HttpClient.newHttpClient();

    Document get(String path, Kind kind) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(Open311Schemas.problems(kind, true, answer.body())).as(path).isEmpty();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
    }

    Document post(String path, Map<String, String> form, int status, Kind kind) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path + ": " + new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(Open311Schemas.problems(kind, true, answer.body())).as(path).isEmpty();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
    }

    static String x(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void fixMyStreetsClientReportsWithAttributesAndFollowsTheBackEndsUpdates() throws Exception {
        // categories: the one with metadata true has the question "Stolpens nummer" as an attribute
        Document services = get("services.xml?jurisdiction_id=1440", Kind.SERVICES);
        String lights = x(services, "/services/service[service_name='Gatubelysning ur funktion']/service_code");
        assertThat(x(services, "/services/service[service_code='" + lights + "']/metadata")).isEqualTo("true");
        assertThat(x(services, "/services/service[service_name='Klotter']/metadata")).isEqualTo("false");
        Document definition = get("services/" + lights + ".xml?jurisdiction_id=1440", Kind.SERVICE_DEFINITION);
        assertThat(x(definition, "count(/service_definition/attributes/attribute)")).isEqualTo("1");
        String code = x(definition, "/service_definition/attributes/attribute[1]/code");
        assertThat(x(definition, "/service_definition/attributes/attribute[1]/description")).startsWith("Stolpens nummer");
        assertThat(x(definition, "/service_definition/attributes/attribute[1]/required")).isEqualTo("false");
        assertThat(x(definition, "/service_definition/attributes/attribute[1]/variable")).isEqualTo("true");

        // the report, as Open311.pm sends it: its description block, names split, a photo URL, attribute answers and its own extras
        Document created = post("requests.xml", form("jurisdiction_id", "1440", "api_key", Open311ServerTests.APP_KEY,
                "lat", "57.9605", "long", "12.1502", "email", "boende@example.se", "service_code", lights,
                "description", "title: Lampan släckt\n\ndetail: Stolpen vid busshållplatsen lyser inte.\n\nurl: https://fms.example/report/77\n\nSubmitted via FixMyStreet",
                "first_name", "Bo", "last_name", "Ende", "phone", "0701234567", "media_url", "https://fms.example/photo/77.0.full.jpeg",
                "attribute[" + code + "]", "A-1234", "attribute[fixmystreet_id]", "77", "attribute[title]", "Lampan släckt"),
                201, Kind.REQUEST_CREATED);
        String id = x(created, "/service_requests/request/service_request_id");
        assertThat(id).isNotEmpty();
        assertThat(questions.answersToSend(Long.parseLong(id))).extracting(CategoryQuestions.SentAnswer::code, CategoryQuestions.SentAnswer::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, "A-1234"));
        Document request = get("requests/" + id + ".xml?jurisdiction_id=1440", Kind.REQUESTS);
        assertThat(x(request, "/service_requests/request/media_url")).isEqualTo("https://fms.example/photo/77.0.full.jpeg");
        assertThat(x(request, "/service_requests/request/status")).isEqualTo("open");
        assertThat(x(request, "count(/service_requests/request/title)")).isEqualTo("0");

        // the municipality's back-end (open311-adapter style) pushes extended statuses with its own times, photo and code
        OffsetDateTime scheduledAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        post("servicerequestupdates.xml", form("jurisdiction_id", "1440", "api_key", Open311ServerTests.ALE_BACKEND_KEY,
                "service_request_id", id, "update_id", "ALE-" + id + "-1", "status", "ACTION_SCHEDULED", "description", "Elektriker bokad.",
                "updated_datetime", scheduledAt.toString(), "media_url", "https://ale.example/foto/1.jpg", "external_status_code", "BOKAD"),
                200, Kind.UPDATE_CREATED);
        post("servicerequestupdates.xml", form("jurisdiction_id", "1440", "api_key", Open311ServerTests.ALE_BACKEND_KEY,
                "service_request_id", id, "update_id", "ALE-" + id + "-2", "status", "FIXED", "description", "Lampan bytt."),
                200, Kind.UPDATE_CREATED);
        String since = "start_date=" + URLEncoder.encode(scheduledAt.minusMinutes(1).toString(), StandardCharsets.UTF_8);
        Document updates = get("servicerequestupdates.xml?jurisdiction_id=1440&" + since, Kind.UPDATES);
        String first = "/service_request_updates/request_update[service_request_id='" + id + "'][1]";
        assertThat(x(updates, first + "/status")).isEqualTo("action_scheduled");
        assertThat(OffsetDateTime.parse(x(updates, first + "/updated_datetime")).toInstant()).isEqualTo(scheduledAt.toInstant());
        assertThat(x(updates, first + "/media_url")).isEqualTo("https://ale.example/foto/1.jpg");
        assertThat(x(updates, first + "/external_status_code")).isEqualTo("BOKAD");
        assertThat(x(updates, "/service_request_updates/request_update[service_request_id='" + id + "'][2]/status")).isEqualTo("fixed");
        assertThat(x(get("requests/" + id + ".xml?jurisdiction_id=1440", Kind.REQUESTS), "/service_requests/request/status")).isEqualTo("closed");

        // a reopening as FixMyStreet sends it: the report is open again, earlier updates keep the state they had
        post("servicerequestupdates.xml", form("jurisdiction_id", "1440", "api_key", Open311ServerTests.ALE_BACKEND_KEY,
                "service_request_id", id, "update_id_ext", "ALE-" + id + "-3", "status", "REOPEN", "description", "Släckt igen."),
                200, Kind.UPDATE_CREATED);
        assertThat(x(get("requests/" + id + ".xml?jurisdiction_id=1440", Kind.REQUESTS), "/service_requests/request/status")).isEqualTo("open");
        updates = get("servicerequestupdates.xml?jurisdiction_id=1440&" + since, Kind.UPDATES);
        String mine = "/service_request_updates/request_update[service_request_id='" + id + "']";
        assertThat(x(updates, "count(" + mine + ")")).isEqualTo("3");
        assertThat(x(updates, mine + "[1]/status")).isEqualTo("action_scheduled");
        assertThat(x(updates, mine + "[2]/status")).isEqualTo("fixed");
        assertThat(x(updates, mine + "[3]/status")).isEqualTo("open");
    }

    /** What an app sends beyond the point reaches the municipality's Open311 back-end: the answers, the photo's URL, the address. */
    @Test
    void anAppsAnswersPhotoUrlAndAddressReachTheMunicipalitysBackEnd() throws Exception {
        try (FakeBackend backend = new FakeBackend()) {
            backend.on("POST /open311/requests.json", request -> new FakeBackend.Answer(201, "[{\"service_request_id\":\"INF-APP-1\"}]"));
            long ale = organisationId("Ale");
            long category = categories.create(ale, "Appfrågor via Open311", se.sambruk.fixamingata.report.Category.SendMethod.OPEN311,
                    allowFake(backend.url()) + "/open311", "k", "LAMP", true);
            questions.replace(ale, category, java.util.List.of(new CategoryQuestions.QuestionInput(null, "Stolpens nummer", true)));
            String code = "question_" + questions.of(category).get(0).id();
            Document created = post("requests.xml", form("jurisdiction_id", "1440", "api_key", Open311ServerTests.APP_KEY,
                    "service_code", String.valueOf(category), "address_string", "Göteborgsvägen 1, Nödinge", "description", "Lampan är släckt.",
                    "media_url", "https://app.example/foto/9.jpg", "attribute[" + code + "]", "B-77", "device_id", "telefon-9"),
                    201, Kind.REQUEST_CREATED);
            String id = x(created, "/service_requests/request/service_request_id");
            outbox.sendDue();
            // the outbox's own scheduled run may have taken the delivery first (one row locked per transaction): wait for its request
            java.util.function.Supplier<java.util.List<FakeBackend.Received>> mine = () -> backend.requests("POST", "/open311/requests.json")
                    .stream().filter(r -> id.equals(r.form().get("attribute[fixamingata_id]"))).toList();
            for (long until = System.nanoTime() + 20_000_000_000L; mine.get().isEmpty() && System.nanoTime() < until; ) {
                outbox.sendDue();
                Thread.onSpinWait();
            }
            var sent = mine.get();
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).form()).containsEntry("attribute[" + code + "]", "B-77")
                    .containsEntry("media_url", "https://app.example/foto/9.jpg")
                    .containsEntry("address_string", "Göteborgsvägen 1, Nödinge")
                    .containsEntry("lat", "57.9604912");
            Document request = get("requests/" + id + ".xml?jurisdiction_id=1440", Kind.REQUESTS);
            assertThat(x(request, "/service_requests/request/address")).isEqualTo("Göteborgsvägen 1, Nödinge");
            assertThat(jdbc.queryForObject("select device_id from fixamingata.report where id = ?", String.class, Long.parseLong(id)))
                    .isEqualTo("telefon-9");
        }
    }
}
