package se.sambruk.multifraga.sources;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.sambruk.core.Municipalities;
import se.sambruk.core.http.OutgoingUrls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client of Försäkringskassan's LEFI REST API (LEFI extern: Förmånsinformation, OpenAPI v9):
 * {@code POST {url}/lefi-extern-formansinformation/v9/aktorer/{aktorsId}/formansinformation/fraga}
 * with the person, the period and the information types, over HTTPS with the municipality's own
 * client certificate ({@link ClientCertificates}) through the core's outgoing-URL guard (every
 * request checked, no redirects). 200 is read with {@link LefiAnswers}; 400, 403 and 500 are the
 * API's refusals ({@code LefiFelsvar}: its {@code meddelande} is shown); a timeout is the
 * source's timeout; an expired certificate stops the call before anything is sent.
 */
@Component
public class LefiClient {

    static final String PATH = "/lefi-extern-formansinformation/v9/aktorer/%s/formansinformation/fraga";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The information types asked for: payments and decisions of the benefits that matter for economic assistance, and the person. */
    static final List<String> TYPES = List.of("FK:ABB", "FK:BOB", "FK:FP", "FK:SJP", "FK:UH");

    private final OutgoingUrls outgoingUrls;
    private final ClientCertificates certificates;
    private final Municipalities municipalities;
    private final Environment environment;
    private final LefiFake fake;
    private final String url;
    /** One HTTP client per organisation and certificate (a new certificate gets a new client). */
    private final java.util.concurrent.ConcurrentHashMap<String, HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    public LefiClient(OutgoingUrls outgoingUrls, ClientCertificates certificates, Municipalities municipalities, Environment environment, LefiFake fake,
                      @Value("${sambruk.multifraga.lefi.url:}") String url) {
        this.outgoingUrls = outgoingUrls;
        this.certificates = certificates;
        this.municipalities = municipalities;
        this.environment = environment;
        this.fake = fake;
        this.url = url;
    }

    /** Whether LEFI is set up (an address, or the demo's fake). */
    public boolean configured() {
        return !url.isBlank() || fake.enabled();
    }

    private String base() {
        return url.isBlank() ? fake.url() : url.replaceAll("/+$", "");
    }

    /** The organisation's actor id at LEFI: {@code sambruk.multifraga.lefi.aktor.<kommunkod>}. */
    Optional<String> actor(long organisationId) {
        return municipalities.kommunkod(organisationId).map(code -> environment.getProperty("sambruk.multifraga.lefi.aktor." + code))
                .filter(v -> !v.isBlank());
    }

    /** The request body for one person and period. */
    static String body(SourceQuestion q) {
        return JSON.writeValueAsString(java.util.Map.of(
                "personnummer", q.person(),
                "period", java.util.Map.of("from", q.from().toString(), "tom", q.to().toString()),
                "formansinformation", TYPES,
                "utbetalningar", TYPES,
                "ovrigInformation", List.of("FK:GEPI")));
    }

    public SourceAnswer ask(SourceQuestion q, Duration timeout) throws Exception {
        Optional<String> actor = actor(q.organisationId());
        if (actor.isEmpty()) {
            return new SourceAnswer(SourceAnswer.State.FAILED, "Kommunens aktörs-id hos LEFI är inte inställt (sambruk.multifraga.lefi.aktor)", List.of());
        }
        Optional<CertificateFile> certificate;
        try {
            certificate = certificates.forCall(q.organisationId(), Instant.now());
        } catch (ClientCertificates.Expired e) {
            return new SourceAnswer(SourceAnswer.State.FAILED, e.getMessage(), List.of());
        }
        URI uri = outgoingUrls.check(base() + PATH.formatted(java.net.URLEncoder.encode(actor.get(), StandardCharsets.UTF_8)));
        if ("https".equals(uri.getScheme()) && certificate.isEmpty()) {
            return new SourceAnswer(SourceAnswer.State.FAILED,
                    "Kommunen har inget klientcertifikat för LEFI. Ladda upp det under Multifråga → Klientcertifikat.", List.of());
        }
        String key = q.organisationId() + ":" + certificate.map(c -> c.subject() + "/" + c.notAfter()).orElse("-");
        HttpClient http = clients.computeIfAbsent(key, k -> {
            HttpClient.Builder builder = outgoingUrls.httpClient().connectTimeout(Duration.ofSeconds(5));
            certificate.ifPresent(c -> builder.sslContext(c.sslContext()));
            return builder.build();
        });
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Correlation-Id", q.correlationId())
                .POST(HttpRequest.BodyPublishers.ofString(body(q), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return read(response.statusCode(), response.body());
    }

    /** Reads LEFI's answer: 200 with the benefits, 400/403/500 with its error, anything else a failure. */
    static SourceAnswer read(int status, String body) {
        if (status == 200) {
            try {
                JsonNode svar = JSON.readTree(body);
                if (!svar.isObject()) {
                    return new SourceAnswer(SourceAnswer.State.FAILED, "Svaret från LEFI gick inte att läsa", List.of());
                }
                return LefiAnswers.read(svar, "Svar från LEFI (Försäkringskassan)");
            } catch (RuntimeException e) {
                return new SourceAnswer(SourceAnswer.State.FAILED, "Svaret från LEFI gick inte att läsa", List.of());
            }
        }
        if (status == 400 || status == 403 || status == 500) {
            String message = "";
            try {
                message = JSON.readTree(body).path("meddelande").asString("");
            } catch (RuntimeException e) {
                message = "";
            }
            return SourceAnswer.refused("LEFI svarade HTTP " + status + (message.isBlank() ? "" : ": " + message));
        }
        return new SourceAnswer(SourceAnswer.State.FAILED, "LEFI svarade med HTTP " + status, List.of());
    }
}
