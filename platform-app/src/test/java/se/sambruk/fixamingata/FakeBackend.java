package se.sambruk.fixamingata;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A back-end on a local port that answers like the real one (Open311 GeoReport v2 or ServiceNow's
 * Table API): each route gives a status and a JSON body, every request is kept, and the whole
 * server can be "down" (503) to test retries.
 */
public final class FakeBackend implements AutoCloseable {

    public record Received(String method, String path, String query, String body, String authorization) {
        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    String[] parts = pair.split("=", 2);
                    form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
                }
            }
            return form;
        }
    }

    public record Answer(int status, String json) {
    }

    private final HttpServer server;
    private final Map<String, Function<Received, Answer>> routes = new LinkedHashMap<>();
    public final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    volatile boolean down;

    public FakeBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeBackend on(String methodAndPath, Function<Received, Answer> answer) {
        routes.put(methodAndPath, answer);
        return this;
    }

    public List<Received> requests(String method, String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                body, exchange.getRequestHeaders().getFirst("Authorization"));
        Answer answer;
        if (down) {
            answer = new Answer(503, "{\"error\":\"down for maintenance\"}");
        } else {
            received.add(request);
            Function<Received, Answer> route = routes.get(request.method() + " " + request.path());
            answer = route == null ? new Answer(404, "[{\"code\":404,\"description\":\"not found\"}]") : route.apply(request);
        }
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
