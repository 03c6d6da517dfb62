package se.sambruk.uka.beda;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local BEDA for the tests, speaking the contract {@link BedaConnector} describes, and
 * misbehaving as a real peer can when asked: a wrong key (401 with an error body), a bad request
 * (400 with an error body), {@link #failWith} (any status and body, e.g. 503), {@link #answerRaw}
 * (a 200 that is not the contract), {@link #slow} (answers later than the client waits).
 */
public final class FakeBedaServer implements AutoCloseable {

    public static final String KEY = "beda-test-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-beda");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ArrayNode> merits = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int failStatus;
    private volatile String failBody;
    private volatile String rawBody;
    private volatile Duration delay = Duration.ZERO;

    public FakeBedaServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/beda";
    }

    /** Gives the person (12 digits) a merit: type, date awarded (ISO) and programme. */
    public void merit(String personnummer, String type, String awarded, String programme) {
        ObjectNode merit = merits.computeIfAbsent(personnummer, p -> JSON.createArrayNode()).addObject();
        merit.put("typ", type);
        merit.put("utfardad", awarded);
        merit.put("program", programme);
    }

    public void failWith(int status, String body) {
        this.failBody = body;
        this.failStatus = status;
    }

    public void answerRaw(String body) {
        this.rawBody = body;
    }

    public void slow(Duration wait) {
        this.delay = wait;
    }

    /** The request bodies received, in order (to see what was sent, and that it was sent at all). */
    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/beda/v1/kontroller")) {
                answer(exchange, 404, "<html>Not Found</html>", "text/html");
                return;
            }
            if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"kod\":\"OGILTIG_NYCKEL\",\"meddelande\":\"Nyckeln saknas eller är fel (intern referens 10.9.8.7)\"}", null);
                return;
            }
            if (failStatus != 0) {
                answer(exchange, failStatus, failBody == null ? "" : failBody, null);
                return;
            }
            if (rawBody != null) {
                answer(exchange, 200, rawBody, null);
                return;
            }
            String personnummer;
            try {
                JsonNode request = JSON.readTree(body);
                personnummer = request.path("personnummer").asString("");
            } catch (RuntimeException e) {
                personnummer = "";
            }
            if (!personnummer.matches("\\d{12}")) {
                answer(exchange, 400, "{\"kod\":\"OGILTIGT_PERSONNUMMER\",\"meddelande\":\"Personnumret ska ha tolv siffror\"}", null);
                return;
            }
            ArrayNode found = merits.get(personnummer);
            if (found == null) {
                answer(exchange, 404, "{\"kod\":\"INGA_MERITER\",\"meddelande\":\"Personen har inga meriter i Beda\"}", null);
                return;
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("personnummer", personnummer);
            answer.set("meriter", found);
            answer(exchange, 200, JSON.writeValueAsString(answer), null);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type == null ? "application/json" : type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
