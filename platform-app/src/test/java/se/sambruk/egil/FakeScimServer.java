package se.sambruk.egil;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * A SCIM 2.0 server for the tests (and the benchmark) that behaves as real servers do: stores
 * what it is sent under {@code /scim/<Collection>/<id>} with the id the EGIL profile asks for (the
 * same as externalId), enforces SCIM's uniqueness (409 {@code scimType: uniqueness} for a second
 * resource with the same externalId in a collection, or the same userName among Users, compared
 * without case), answers unknown ids with 404, gives errors as RFC 7644 section 3.12 has them
 * ({@code urn:ietf:params:scim:api:messages:2.0:Error}, status as a string, scimType, detail),
 * lists collections with {@code startIndex} paging and {@code filter=<attr> eq "<value>"} on
 * userName, externalId and id, and can be told to fail, answer a status, or go slow.
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
    /** userName in lower case → the key of the Users resource holding it (checked against {@link #held} when used). */
    private final Map<String, String> userNames = new ConcurrentHashMap<>();
    /** collection/externalId → the key of the resource holding it (checked against {@link #held} when used). */
    private final Map<String, String> externalIds = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger errorAnswers = new AtomicInteger();
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

    /** Puts a resource as if a client had created it earlier (indexed for the uniqueness checks). */
    public void hold(String key, String body) {
        synchronized (held) {
            held.put(key, body);
            index(key.substring(0, key.indexOf('/')), body, key);
        }
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
            requests.add(new Request(method, path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery()),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("X-Api-Key"), body));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    || okBeforeOutage.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
                error(exchange, failStatus, null, "fake failure");
                return;
            }
            String[] parts = path.split("/");
            String collection = parts[0];
            switch (method) {
                case "POST" -> post(exchange, collection, body);
                case "PUT" -> put(exchange, path, collection, body);
                case "DELETE" -> {
                    if (held.remove(path) != null) {
                        answer(exchange, 204, "");
                    } else {
                        error(exchange, 404, null, "Resource " + path + " not found");
                    }
                }
                case "GET" -> {
                    if (parts.length > 1) {
                        String resource = held.get(path);
                        if (resource == null) {
                            error(exchange, 404, null, "Resource " + path + " not found");
                        } else {
                            answer(exchange, 200, withId(resource, parts[1]));
                        }
                    } else {
                        list(exchange, collection, exchange.getRequestURI().getQuery());
                    }
                }
                default -> error(exchange, 405, null, "Method not allowed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates, unless the collection holds the externalId, or (Users) another resource holds the userName: 409 uniqueness. */
    private void post(HttpExchange exchange, String collection, String body) throws IOException {
        String externalId = attribute(body, "externalId");
        if (externalId == null) {
            error(exchange, 400, "invalidValue", "externalId is required");
            return;
        }
        String key = collection + "/" + externalId;
        synchronized (held) {
            if (held.containsKey(key)) {
                error(exchange, 409, "uniqueness", "externalId " + externalId + " is already held by " + key);
                return;
            }
            String clash = userNameHolder(collection, attribute(body, "userName"), key);
            if (clash != null) {
                error(exchange, 409, "uniqueness", "userName " + attribute(body, "userName") + " is already held by " + clash);
                return;
            }
            held.put(key, body);
            index(collection, body, key);
        }
        answer(exchange, 201, withId(body, externalId));
    }

    private void put(HttpExchange exchange, String path, String collection, String body) throws IOException {
        synchronized (held) {
            if (!held.containsKey(path)) {
                error(exchange, 404, null, "Resource " + path + " not found");
                return;
            }
            String clash = userNameHolder(collection, attribute(body, "userName"), path);
            if (clash != null) {
                error(exchange, 409, "uniqueness", "userName " + attribute(body, "userName") + " is already held by " + clash);
                return;
            }
            held.put(path, body);
            index(collection, body, path);
        }
        answer(exchange, 200, withId(body, path.substring(path.indexOf('/') + 1)));
    }

    /** The resource (other than {@code self}) that holds the userName, compared without case as SCIM's userName is not case-exact. */
    private String userNameHolder(String collection, String userName, String self) {
        if (!collection.equals("Users") || userName == null) {
            return null;
        }
        String holder = userNames.get(userName.toLowerCase(Locale.ROOT));
        if (holder == null || holder.equals(self)) {
            return null;
        }
        String resource = held.get(holder);
        if (resource == null || !userName.equalsIgnoreCase(attribute(resource, "userName"))) {
            userNames.remove(userName.toLowerCase(Locale.ROOT), holder);
            return null;
        }
        return holder;
    }

    private void index(String collection, String body, String key) {
        String externalId = attribute(body, "externalId");
        if (externalId != null) {
            externalIds.put(collection + "/" + externalId, key);
        }
        String userName = attribute(body, "userName");
        if (collection.equals("Users") && userName != null) {
            userNames.put(userName.toLowerCase(Locale.ROOT), key);
        }
    }

    /** A list response: all of the collection with startIndex/count paging, or those matching {@code filter=<attr> eq "<value>"}. */
    private void list(HttpExchange exchange, String collection, String query) throws IOException {
        int start = 1, count = 100;
        String filter = null;
        if (query != null) {
            for (String part : query.split("&")) {
                String[] kv = part.split("=", 2);
                switch (kv[0]) {
                    case "startIndex" -> start = Integer.parseInt(kv[1]);
                    case "count" -> count = Integer.parseInt(kv[1]);
                    case "filter" -> filter = kv[1];
                    default -> { }
                }
            }
        }
        java.util.function.Predicate<String> matches = resource -> true;
        if (filter != null) {
            java.util.regex.Matcher eq = java.util.regex.Pattern.compile("(\\w+) eq \"(.*)\"", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(filter.trim());
            if (!eq.matches() || !List.of("username", "externalid", "id").contains(eq.group(1).toLowerCase(Locale.ROOT))) {
                error(exchange, 400, "invalidFilter", "Only eq on userName, externalId or id is supported: " + filter);
                return;
            }
            String attribute = eq.group(1).toLowerCase(Locale.ROOT);
            String value = eq.group(2);
            matches = switch (attribute) {
                case "username" -> resource -> value.equalsIgnoreCase(attribute(resource, "userName"));
                case "externalid" -> resource -> value.equals(attribute(resource, "externalId"));
                default -> resource -> true;
            };
            if (attribute.equals("id")) {
                String resource = held.get(collection + "/" + value);
                matches = r -> r == resource;
            }
        }
        java.util.function.Predicate<String> filterMatches = matches;
        if (filter != null) {
            // as a real server does: an indexed look-up, not a scan of the collection
            List<String> found = indexed(collection, filter).stream().filter(key -> held.get(key) != null && filterMatches.test(held.get(key)))
                    .map(key -> withId(held.get(key), key.substring(collection.length() + 1))).toList();
            answer(exchange, 200, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" + found.size()
                    + ",\"startIndex\":1,\"itemsPerPage\":" + found.size() + ",\"Resources\":[" + String.join(",", found) + "]}");
            return;
        }
        List<String> all = held.entrySet().stream().filter(e -> e.getKey().startsWith(collection + "/"))
                .filter(e -> filterMatches.test(e.getValue()))
                .sorted(Map.Entry.comparingByKey()).map(e -> withId(e.getValue(), e.getKey().substring(collection.length() + 1))).toList();
        List<String> page = all.subList(Math.min(all.size(), start - 1), Math.min(all.size(), start - 1 + count));
        answer(exchange, 200, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" + all.size()
                + ",\"startIndex\":" + start + ",\"itemsPerPage\":" + page.size() + ",\"Resources\":[" + String.join(",", page) + "]}");
    }

    /** The keys a filter can match: by externalId or id (the EGIL profile: the same) and by userName through their indexes. */
    private List<String> indexed(String collection, String filter) {
        java.util.regex.Matcher eq = java.util.regex.Pattern.compile("(\\w+) eq \"(.*)\"", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(filter.trim());
        eq.matches();
        String value = eq.group(2);
        if (eq.group(1).equalsIgnoreCase("userName")) {
            String key = userNames.get(value.toLowerCase(Locale.ROOT));
            return key == null || !key.startsWith(collection + "/") ? List.of() : List.of(key);
        }
        if (eq.group(1).equalsIgnoreCase("externalId")) {
            String key = externalIds.get(collection + "/" + value);
            return key == null ? List.of() : List.of(key);
        }
        return List.of(collection + "/" + value);
    }

    /** The resource as a server returns it: with its {@code id} (the EGIL profile: the same as externalId). */
    private static String withId(String body, String id) {
        String trimmed = body.trim();
        if (!trimmed.startsWith("{")) {
            return body;
        }
        return "{\"id\":\"" + id + "\"" + (trimmed.equals("{}") ? "}" : "," + trimmed.substring(1));
    }

    /** A top-level string attribute of a flat JSON body (enough for externalId and userName, which EGIL writes first). */
    private static String attribute(String body, String name) {
        String marker = "\"" + name + "\":\"";
        int at = body.indexOf(marker);
        return at < 0 ? null : body.substring(at + marker.length(), body.indexOf('"', at + marker.length()));
    }

    /** An error as RFC 7644 section 3.12 has it. */
    private void error(HttpExchange exchange, int status, String scimType, String detail) throws IOException {
        answer(exchange, status, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"" + status + "\""
                + (scimType == null ? "" : ",\"scimType\":\"" + scimType + "\"") + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

    /** How many requests were answered with an error status (400 and above), deliberate failures included. */
    public int errorAnswers() {
        return errorAnswers.get();
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        if (status >= 400) {
            errorAnswers.incrementAndGet();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/scim+json");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
