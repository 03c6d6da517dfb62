package se.sambruk.schooldata;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An SS 12000 (2.1) API for the tests, following the OpenAPI document: OAuth2 client credentials
 * at {@code /token}, collections with {@code limit}/{@code pageToken} paging and
 * {@code meta.modified.after} (exclusive), and {@code /deletedEntities?after=&entities=}; a date that is not
 * RFC 3339 answers 400, as the real API does. Objects are given as JSON; {@link #queries()} lists what was asked.
 *
 * <p>It misbehaves as a real peer can, when a test asks: {@link #pageSize(int)} for longer or
 * shorter pages, {@link #revokeToken()} (the token it gave stops working: 401), {@link #failWith}
 * (the collections answer an error status with a body, e.g. 503), {@link #answerRaw} (a 200 whose
 * body is not what the standard says) and {@link #slow(Duration)} (every collection answer
 * waits). Requests are served by a thread pool of their own, so a slow answer does not hold up
 * the token endpoint or {@link #close()}.
 */
public final class FakeSs12000Server implements AutoCloseable {

    public static final String CLIENT_ID = "schooldata-test";
    public static final String CLIENT_SECRET = "schooldata-test-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, Map<String, ObjectNode>> collections = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> deleted = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> pages = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-ss12000");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger collectionRequests = new AtomicInteger();
    private final List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The collections' names in {@code /deletedEntities?entities=} (the standard's EndPointsEnum). */
    private static final Map<String, String> ENTITIES = Map.of("organisations", "Organisation", "persons", "Person", "groups", "Group",
            "duties", "Duty", "activities", "Activity");
    private volatile int pageSize = 2;
    private volatile String token;
    private volatile int failStatus;
    private volatile String failBody;
    private volatile String rawBody;
    private volatile Duration delay = Duration.ZERO;
    private int tokens;

    public FakeSs12000Server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** Objects per page (2 unless set). */
    public FakeSs12000Server pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    /** The token given last stops working: the next request with it gets 401, as after a revocation. */
    public synchronized void revokeToken() {
        token = "revoked-" + System.nanoTime();
    }

    /** From now on every collection request answers this status and body (0: answer normally again). */
    public void failWith(int status, String body) {
        this.failBody = body;
        this.failStatus = status;
    }

    /** From now on every collection request answers 200 with this body, as it is (null: answer normally again). */
    public void answerRaw(String body) {
        this.rawBody = body;
    }

    /** From now on every collection answer waits this long before it is sent (zero: no wait). */
    public void slow(Duration wait) {
        this.delay = wait;
    }

    /** How many collection requests (not the token endpoint) were answered, whatever their status. */
    public int collectionRequests() {
        return collectionRequests.get();
    }

    /** The requests answered (collection and query, e.g. {@code persons?limit=500&meta.modified.after=...}), oldest first. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ss12000/v2.1";
    }

    public String tokenUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** Puts (adds or replaces) an object, stamping meta.modified now. */
    public synchronized void put(String collection, ObjectNode object) {
        ObjectNode meta = object.putObject("meta");
        Instant now = Instant.now();
        meta.put("created", now.toString());
        meta.put("modified", now.toString());
        collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(object.path("id").asString(), object);
        Map<String, Instant> gone = deleted.get(collection);
        if (gone != null) {
            gone.remove(object.path("id").asString());
        }
    }

    public synchronized ObjectNode get(String collection, String id) {
        return collections.get(collection).get(id);
    }

    public synchronized void delete(String collection, String id) {
        collections.get(collection).remove(id);
        deleted.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, Instant.now());
    }

    public int tokensIssued() {
        return tokens;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/token")) {
            collectionRequests.incrementAndGet();
            Duration wait = delay;
            if (!wait.isZero()) {
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.close();
                    return;
                }
            }
        }
        handle(exchange);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            if (path.equals("/token")) {
                String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
                if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                    return;
                }
                tokens++;
                token = "token-" + tokens;
                answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
                return;
            }
            if (token == null || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"code\":\"unauthorized\"}");
                return;
            }
            if (failStatus != 0) {
                answer(exchange, failStatus, failBody == null ? "" : failBody);
                return;
            }
            if (rawBody != null) {
                answer(exchange, 200, rawBody);
                return;
            }
            String collection = path.substring(path.lastIndexOf('/') + 1);
            if (query.containsKey("pageToken") && query.size() > (query.containsKey("limit") ? 2 : 1)) {
                answer(exchange, 400, "{\"code\":\"invalid_filter\",\"message\":\"pageToken cannot be combined with filters\"}");
                return;
            }
            for (String parameter : List.of("meta.modified.after", "after")) {
                if (query.containsKey(parameter) && instant(query.get(parameter).get(0)) == null) {
                    answer(exchange, 400, "{\"code\":\"invalid_parameter\",\"message\":\"" + parameter + " is not an RFC 3339 date-time\"}");
                    return;
                }
            }
            queries.add(collection + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            if (collection.equals("deletedEntities")) {
                Instant after = query.containsKey("after") ? instant(query.get("after").get(0)) : Instant.EPOCH;
                List<String> entities = query.getOrDefault("entities", List.of());
                ObjectNode data = JSON.createObjectNode();
                deleted.forEach((name, ids) -> {
                    if (!entities.isEmpty() && !entities.contains(ENTITIES.get(name))) {
                        return;
                    }
                    ArrayNode list = data.putArray(name);
                    ids.forEach((id, at) -> {
                        if (at.isAfter(after)) {
                            list.add(id);
                        }
                    });
                });
                ObjectNode body = JSON.createObjectNode();
                body.set("data", data);
                answer(exchange, 200, JSON.writeValueAsString(body));
                return;
            }
            List<ObjectNode> all;
            int offset;
            if (query.containsKey("pageToken")) {
                String pageToken = query.get("pageToken").get(0);
                all = pages.get(pageToken.substring(0, pageToken.indexOf(':')));
                offset = Integer.parseInt(pageToken.substring(pageToken.indexOf(':') + 1));
            } else {
                Instant after = query.containsKey("meta.modified.after") ? instant(query.get("meta.modified.after").get(0)) : null;
                all = new ArrayList<>();
                for (ObjectNode object : collections.getOrDefault(collection, Map.of()).values()) {
                    if (after == null || Instant.parse(object.path("meta").path("modified").asString()).isAfter(after)) {
                        all.add(object);
                    }
                }
                String key = collection + "-" + pages.size();
                pages.put(key, all);
                offset = 0;
                all = pages.get(key);
                ObjectNode body = page(all, 0, key);
                answer(exchange, 200, JSON.writeValueAsString(body));
                return;
            }
            String key = query.get("pageToken").get(0);
            answer(exchange, 200, JSON.writeValueAsString(page(all, offset, key.substring(0, key.indexOf(':')))));
        }
    }

    private ObjectNode page(List<ObjectNode> all, int offset, String key) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        int end = Math.min(all.size(), offset + pageSize);
        for (int i = offset; i < end; i++) {
            data.add(all.get(i));
        }
        if (end < all.size()) {
            body.put("pageToken", key + ":" + end);
        } else {
            body.putNull("pageToken");
        }
        return body;
    }

    /** An RFC 3339 date-time (with Z or an offset), or null when the text is none. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String[] kv = part.split("=", 2);
                query.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
