package se.sambruk.fixamingata;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Nominatim on a local port for the whole test run, answering {@code GET /search} in Nominatim's
 * real {@code format=jsonv2} output: two places for "Göteborgsvägen", one for "Surte" and one for
 * "Drottninggatan" (Tillarbetslivet's search by distance), none for anything unknown, a
 * 500 for a query with "trasig" and no answer in time for one with "långsam". The test setup
 * points {@code sambruk.fixamingata.geocoder.url} here.
 */
public final class FakeNominatim {

    /** A request as the server saw it: its parameters and User-Agent. */
    record Received(Map<String, String> query, String userAgent) {
    }

    static final List<Received> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    private static HttpServer server;

    private FakeNominatim() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "fake-nominatim");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", FakeNominatim::handle);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        RECEIVED.add(new Received(query, exchange.getRequestHeaders().getFirst("User-Agent")));
        String q = query.getOrDefault("q", "").toLowerCase(java.util.Locale.ROOT);
        int status = 200;
        String body;
        if (!exchange.getRequestURI().getPath().equals("/search")) {
            status = 404;
            body = "{\"error\":\"not found\"}";
        } else if (q.contains("trasig")) {
            status = 500;
            body = "<html><body>Internal Server Error</body></html>";
        } else if (q.contains("långsam")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            body = "[]";
        } else if (q.contains("göteborgsvägen")) {
            body = """
                    [{"place_id":129004623,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright","osm_type":"way",
                      "osm_id":24019441,"lat":"57.9604912","lon":"12.1503317","category":"highway","type":"secondary","place_rank":26,
                      "importance":0.10001,"addresstype":"road","name":"Göteborgsvägen",
                      "display_name":"Göteborgsvägen, Nödinge, Nödinge-Nol, Ale kommun, Västra Götalands län, 449 30, Sverige",
                      "boundingbox":["57.9520117","57.9688371","12.1412208","12.1581523"]},
                     {"place_id":129301788,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright","osm_type":"way",
                      "osm_id":4035922,"lat":"57.8793451","lon":"12.0384412","category":"highway","type":"tertiary","place_rank":26,
                      "importance":0.10001,"addresstype":"road","name":"Göteborgsvägen",
                      "display_name":"Göteborgsvägen, Surte, Ale kommun, Västra Götalands län, 445 57, Sverige",
                      "boundingbox":["57.8761","57.8829","12.0339","12.0411"]}]""";
        } else if (q.contains("surte")) {
            body = """
                    [{"place_id":129301790,"osm_type":"node","osm_id":4035930,"lat":"57.8793451","lon":"12.0384412","category":"place",
                      "type":"village","addresstype":"village","name":"Surte",
                      "display_name":"Surte, Ale kommun, Västra Götalands län, 445 57, Sverige"}]""";
        } else if (q.contains("drottninggatan")) {
            body = """
                    [{"place_id":84512345,"osm_type":"way","osm_id":4037123,"lat":"59.3346","lon":"18.0632","category":"highway",
                      "type":"pedestrian","addresstype":"road","name":"Drottninggatan",
                      "display_name":"Drottninggatan, Norrmalm, Stockholm, Stockholms län, 111 51, Sverige"}]""";
        } else {
            body = "[]";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 500 ? "text/html" : "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the geocoder gave up waiting (the slow case)
        } finally {
            exchange.close();
        }
    }
}
