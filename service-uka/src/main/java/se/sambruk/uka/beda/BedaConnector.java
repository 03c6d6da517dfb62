package se.sambruk.uka.beda;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.http.OutgoingUrlRefused;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;

/**
 * The one class that speaks to BEDA, UHR's national grade database: does a person hold an
 * examen or a studiebevis from upper secondary school? UHR's API is open only to parties it
 * has admitted, and its contract is not public; this class speaks the plain JSON contract
 * described in docs/services/uka.md, so the real one drops in here and nowhere else:
 *
 * <pre>
 * POST {base}/v1/kontroller            Authorization: Bearer {the municipality's key}
 * {"personnummer": "200805101234"}
 *
 * 200 {"personnummer": "200805101234",
 *      "meriter": [{"typ": "YRKESEXAMEN", "utfardad": "2026-06-12", "program": "Bygg- och anläggningsprogrammet"}]}
 * 404 {"kod": "INGA_MERITER"}                                   the person holds no merit in BEDA
 * 4xx {"kod": "OGILTIGT_PERSONNUMMER", "meddelande": "..."}      refused (the code is shown, never the message)
 * </pre>
 *
 * Through the core's outgoing-URL guard (the address is checked before each call; redirects are
 * never followed), on the JDK HttpClient with Jackson 3, with a time limit per call
 * ({@code sambruk.uka.beda-timeout}). Anything else (another status, a 404 without BEDA's code,
 * a body that is not the contract, an answer about another person) is a {@link Failure} with a
 * reason safe to show.
 */
@Component
public class BedaConnector {

    /** Merit types that end coverage: a gymnasieexamen (of either kind) or an anpassad gymnasieskolebevis. */
    static final Set<String> EXAMEN = Set.of("HOGSKOLEFORBEREDANDE_EXAMEN", "YRKESEXAMEN", "GYMNASIEEXAMEN", "GYMNASIESARSKOLEBEVIS",
            "ANPASSAD_GYMNASIESKOLEBEVIS");
    /** Merits from upper secondary school that do not end coverage (skollagen 29 kap. 9 § since 1 July 2018). */
    static final Set<String> STUDIEBEVIS = Set.of("STUDIEBEVIS", "GYMNASIEINTYG");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What BEDA holds of a person, grouped for the rules. */
    public enum Kind { EXAMEN, STUDIEBEVIS, OTHER }

    public record Merit(String type, LocalDate awarded, String programme) {
        public Kind kind() {
            return EXAMEN.contains(type) ? Kind.EXAMEN : STUDIEBEVIS.contains(type) ? Kind.STUDIEBEVIS : Kind.OTHER;
        }
    }

    /** BEDA's answer: the person's merits (none: not found). */
    public record Answer(List<Merit> merits) {
        public boolean found() {
            return !merits.isEmpty();
        }

        /** The merit that matters most for the register: an examen, else a studiebevis, else any. */
        public Optional<Merit> decisive() {
            for (Kind kind : Kind.values()) {
                Optional<Merit> merit = merits.stream().filter(m -> m.kind() == kind).findFirst();
                if (merit.isPresent()) {
                    return merit;
                }
            }
            return Optional.empty();
        }
    }

    /** The check could not be made; the message is safe to show (never BEDA's body). */
    public static final class Failure extends RuntimeException {
        public Failure(String reason) {
            super(reason);
        }
    }

    private final OutgoingUrls outgoing;
    private final Duration timeout;
    private final HttpClient http;

    BedaConnector(OutgoingUrls outgoing, @Value("${sambruk.uka.beda-timeout:PT10S}") Duration timeout) {
        this.outgoing = outgoing;
        this.timeout = timeout;
        this.http = outgoing.httpClient().connectTimeout(timeout).build();
    }

    public Answer check(String baseUrl, String apiKey, PersonalIdentityNumber personnummer) {
        String base = baseUrl.strip().endsWith("/") ? baseUrl.strip().substring(0, baseUrl.strip().length() - 1) : baseUrl.strip();
        URI uri;
        try {
            uri = outgoing.check(base + "/v1/kontroller");
        } catch (OutgoingUrlRefused | IllegalArgumentException refused) {
            throw new Failure(refused instanceof OutgoingUrlRefused ? refused.getMessage() : "Adressen till BEDA går inte att läsa.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("personnummer", personnummer.value())),
                        StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure(RemoteAnswers.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("Kontrollen avbröts.");
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status == 404 && body != null && "INGA_MERITER".equals(body.path("kod").asString(""))) {
            return new Answer(List.of());
        }
        if (status != 200) {
            String code = body == null ? "" : body.path("kod").asString("");
            throw new Failure(RemoteAnswers.status(status) + (code.matches("[A-Z_]{1,40}") ? ": " + code : ""));
        }
        if (body == null || !body.path("meriter").isArray() || !personnummer.value().equals(body.path("personnummer").asString(""))) {
            throw new Failure("BEDA gav ett svar som inte gick att läsa.");
        }
        List<Merit> merits = new ArrayList<>();
        for (JsonNode merit : body.path("meriter")) {
            String type = merit.path("typ").asString("");
            if (!type.matches("[A-Z_]{1,60}")) {
                throw new Failure("BEDA gav ett svar som inte gick att läsa.");
            }
            String programme = merit.path("program").asString(null);
            merits.add(new Merit(type, date(merit.path("utfardad").asString(null)),
                    programme == null || programme.isBlank() ? null : programme.length() > 200 ? programme.substring(0, 200) : programme));
        }
        return new Answer(merits);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new Failure("BEDA gav ett svar som inte gick att läsa.");
        }
    }
}
