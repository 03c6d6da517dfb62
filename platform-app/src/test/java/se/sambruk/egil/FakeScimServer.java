package se.sambruk.egil;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * A SCIM 2.0 server for the tests (and the benchmark): stores what it is sent under
 * {@code /scim/<Collection>/<externalId>}, answers 201/200/204/404/409 as a server would, lists
 * collections with {@code startIndex} paging, and can be told to fail, answer a status, or go slow.
 */
public final class FakeScimServer implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, String contentType, String apiKey, String body) {
    }

    static {
        // answer without waiting for Nagle's algorithm: otherwise each answer waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 503;
    /** Requests after this many more are answered with {@link #failStatus} (a supplier going down halfway); -1 for never. */
    private final AtomicInteger okBeforeOutage = new AtomicInteger(-1);
    private volatile long delayMillis;

    private FakeScimServer(HttpServer server) {
        this.server = server;
        server.createContext("/scim/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public static FakeScimServer http() throws IOException {
        return new FakeScimServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200));
    }

    /** HTTPS that requires a client certificate the context's trust managers accept. */
    public static FakeScimServer https(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        return new FakeScimServer(server);
    }

    public String baseUrl() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/scim/";
    }

    public Map<String, String> held() {
        return held;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        requests.clear();
    }

    public void failNext(int count, int status) {
        failStatus = status;
        failNext.set(count);
    }

    public void outageAfter(int okRequests, int status) {
        failStatus = status;
        okBeforeOutage.set(okRequests);
    }

    public void recover() {
        okBeforeOutage.set(-1);
        failNext.set(0);
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().substring("/scim/".length());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-Api-Key"), body));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    || okBeforeOutage.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
                answer(exchange, failStatus, "{\"detail\":\"fake failure\",\"status\":\"" + failStatus + "\"}");
                return;
            }
            String[] parts = path.split("/");
            switch (method) {
                case "POST" -> {
                    String key = parts[0] + "/" + externalId(body);
                    if (held.putIfAbsent(key, body) != null) {
                        answer(exchange, 409, "{\"detail\":\"uniqueness\",\"scimType\":\"uniqueness\"}");
                    } else {
                        answer(exchange, 201, body);
                    }
                }
                case "PUT" -> answer(exchange, held.replace(path, body) != null ? 200 : 404, held.containsKey(path) ? body : "{\"detail\":\"not found\"}");
                case "DELETE" -> answer(exchange, held.remove(path) != null ? 204 : 404, "");
                case "GET" -> answer(exchange, 200, list(parts[0], exchange.getRequestURI().getQuery()));
                default -> answer(exchange, 405, "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String list(String collection, String query) {
        int start = 1, count = 100;
        if (query != null) {
            for (String part : query.split("&")) {
                String[] kv = part.split("=");
                if (kv[0].equals("startIndex")) {
                    start = Integer.parseInt(kv[1]);
                } else if (kv[0].equals("count")) {
                    count = Integer.parseInt(kv[1]);
                }
            }
        }
        List<String> all = held.entrySet().stream().filter(e -> e.getKey().startsWith(collection + "/"))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        List<String> page = all.subList(Math.min(all.size(), start - 1), Math.min(all.size(), start - 1 + count));
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" + all.size()
                + ",\"startIndex\":" + start + ",\"itemsPerPage\":" + page.size() + ",\"Resources\":[" + String.join(",", page) + "]}";
    }

    private static String externalId(String body) {
        int at = body.indexOf("\"externalId\":\"");
        return at < 0 ? "none" : body.substring(at + 14, body.indexOf('"', at + 14));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/scim+json");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
