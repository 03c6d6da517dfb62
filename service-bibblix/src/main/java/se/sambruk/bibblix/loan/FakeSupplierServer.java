package se.sambruk.bibblix.loan;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A FAKE content supplier for the demo and the tests, not Axiell Media: a local HTTP server on
 * 127.0.0.1 that speaks the connector's contract. It checks the API key, answers 201 with a loan
 * and a delivery link to its own made-up reader page, 409 DUPLICATE_LOAN for a second loan of the
 * same ISBN by the same patron, and misbehaves on purpose for two made-up ISBNs:
 * {@link #FAILING_ISBN} gets a 503 and {@link #SLOW_ISBN} an answer after {@link #slow}.
 */
public class FakeSupplierServer implements AutoCloseable {

    public static final String FAILING_ISBN = "9789999999990";
    public static final String SLOW_ISBN = "9789999999983";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String apiKey;
    private final Map<String, String> loans = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile long slow = 8000;

    public FakeSupplierServer(String apiKey) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the supplier fake", e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "supplier-fake");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/loans", this::loan);
        server.createContext("/las/", this::reader);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeSupplierServer slow(long millis) {
        this.slow = millis;
        return this;
    }

    /** Loans registered so far (for the tests). */
    public int loans() {
        return loans.size();
    }

    private void loan(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"error\":\"METHOD\"}", "application/json");
                return;
            }
            if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"UNAUTHORIZED\"}", "application/json");
                return;
            }
            JsonNode body;
            try {
                body = JSON.readTree(requestBody);
            } catch (RuntimeException e) {
                send(exchange, 400, "{\"error\":\"BAD_JSON\"}", "application/json");
                return;
            }
            String isbn = body.path("isbn").asString("");
            String patron = body.path("patron").asString("");
            if (isbn.isBlank() || patron.isBlank()) {
                send(exchange, 400, "{\"error\":\"MISSING_FIELDS\"}", "application/json");
                return;
            }
            if (FAILING_ISBN.equals(isbn)) {
                send(exchange, 503, "{\"error\":\"UNAVAILABLE\"}", "application/json");
                return;
            }
            if (SLOW_ISBN.equals(isbn)) {
                try {
                    Thread.sleep(slow);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String key = isbn + "/" + patron;
            String existing = loans.get(key);
            if (existing != null) {
                send(exchange, 409, answer("DUPLICATE_LOAN", existing), "application/json");
                return;
            }
            String loanId = "demo-" + sequence.incrementAndGet();
            loans.put(key, loanId);
            titles.put(loanId, body.path("reference").asString(isbn));
            send(exchange, 201, answer(null, loanId), "application/json");
        }
    }

    private String answer(String error, String loanId) {
        var node = JSON.createObjectNode();
        if (error != null) {
            node.put("error", error);
        }
        node.put("loanId", loanId);
        node.put("deliveryUrl", url() + "/las/" + loanId);
        return JSON.writeValueAsString(node);
    }

    private void reader(HttpExchange exchange) throws IOException {
        try (exchange) {
            String loanId = exchange.getRequestURI().getPath().substring("/las/".length());
            String title = titles.get(loanId);
            if (title == null) {
                send(exchange, 404, "<!DOCTYPE html><html lang=\"sv\"><head><title>Finns inte</title></head><body><p>Lånet finns inte.</p></body></html>", "text/html");
                return;
            }
            send(exchange, 200, "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Demoläsare</title></head><body><main>"
                    + "<h1>Demoläsare (påhittad leverantör)</h1><p>Här skulle e-boken öppnas. Lån " + loanId.replaceAll("[^a-z0-9-]", "")
                    + ".</p></main></body></html>", "text/html");
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
