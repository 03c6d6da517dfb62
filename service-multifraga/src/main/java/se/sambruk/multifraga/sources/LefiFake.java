package se.sambruk.multifraga.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sambruk.core.http.OutgoingUrls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for Försäkringskassan's LEFI API, for tests and the demo only
 * ({@code sambruk.multifraga.fake.enabled}): an HTTP server on 127.0.0.1 that takes the OpenAPI's
 * request ({@code POST .../aktorer/{aktorsId}/formansinformation/fraga}, a JSON body with
 * {@code personnummer} and {@code period}) and answers in the API's shape: by default a made-up
 * answer for the asked person and period ({@link SsbtekFake#lefiAnswer}); {@link Mode#EXAMPLE}
 * the OpenAPI's own 200 example; {@link Mode#HTTP400}, {@link Mode#HTTP403}, {@link Mode#HTTP500}
 * a {@code LefiFelsvar}; {@link Mode#GARBAGE} not JSON; and a delay that can be set
 * ({@code sambruk.multifraga.fake.lefi-delay}, and the mode as {@code sambruk.multifraga.fake.failures=LEFI:HTTP403}).
 * The server and the settings are {@link LocalFakeServer}'s, shared with {@link SsbtekFake}.
 */
@Component
public class LefiFake {

    public enum Mode { ANSWER, EXAMPLE, HTTP400, HTTP403, HTTP500, GARBAGE }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The source code whose entries of the fake's settings are LEFI's ({@code sambruk.multifraga.fake.failures=LEFI:HTTP403}). */
    static final String CODE = "LEFI";

    private final boolean enabled;
    private final LocalFakeServer server;
    private final LocalFakeServer.Behaviour<Mode> behaviour;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    public LefiFake(OutgoingUrls outgoingUrls, @Value("${sambruk.multifraga.fake.enabled:false}") boolean enabled,
                    @Value("${sambruk.multifraga.fake.lefi-delay:0}") int delayMillis,
                    @Value("${sambruk.multifraga.fake.failures:}") List<String> failures) {
        this.enabled = enabled;
        this.server = new LocalFakeServer("lefi-fake", outgoingUrls);
        this.behaviour = new LocalFakeServer.Behaviour<>(List.of(CODE), Mode.class, Mode.ANSWER,
                delayMillis > 0 ? List.of(CODE + ":" + delayMillis) : List.of(), failures);
    }

    public boolean enabled() {
        return enabled;
    }

    public void mode(Mode mode) {
        behaviour.fail(CODE, mode);
    }

    public void delay(int millis) {
        behaviour.delay(CODE, millis);
    }

    public void reset() {
        behaviour.reset();
    }

    /** How many requests reached the fake (a refused call must add none). */
    public int requests() {
        return requests.get();
    }

    public String url() {
        if (!enabled) {
            throw new IllegalStateException("No LEFI address is set (sambruk.multifraga.lefi.url)");
        }
        return server.start("/lefi-extern-formansinformation/v9/aktorer/", this::answer);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/formansinformation/fraga")) {
                send(exchange, 400, error("Okänd resurs"));
                return;
            }
            JsonNode question;
            try {
                question = JSON.readTree(exchange.getRequestBody().readAllBytes());
            } catch (RuntimeException e) {
                send(exchange, 400, error("Frågan är inte JSON"));
                return;
            }
            String person = question.path("personnummer").asString("");
            if (!person.matches("^([0-9]{2})?([0-9]{10})$") || question.path("formansinformation").isEmpty()) {
                send(exchange, 400, error("Felaktiga indata"));
                return;
            }
            if (!LocalFakeServer.pause(behaviour.delay(CODE))) {
                return;
            }
            switch (behaviour.failure(CODE)) {
                case HTTP400 -> send(exchange, 400, error("Felaktiga indata (påhittat fel)"));
                case HTTP403 -> send(exchange, 403, error("Ej behörig (påhittat fel)"));
                case HTTP500 -> send(exchange, 500, error("Internt fel (påhittat fel)"));
                case GARBAGE -> send(exchange, 200, "inte json");
                case EXAMPLE -> send(exchange, 200, example());
                case ANSWER -> {
                    LocalDate from = LocalDate.parse(question.path("period").path("from").asString());
                    LocalDate to = LocalDate.parse(question.path("period").path("tom").asString());
                    send(exchange, 200, SsbtekFake.lefiAnswer(person, from, to, SsbtekFake.PROTECTED_PERSON.equals(person)));
                }
            }
        }
    }

    /** The OpenAPI's 200 example ("Sjukpenningsinformation hämtad"), as published. */
    public static String example() {
        try (var in = LefiFake.class.getResourceAsStream("/multifraga/lefi-example-answer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String error(String message) {
        return "{\"meddelande\":\"" + message + "\",\"timestamp\":\"" + java.time.OffsetDateTime.now() + "\"}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        LocalFakeServer.send(exchange, status, "application/json", body);
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
