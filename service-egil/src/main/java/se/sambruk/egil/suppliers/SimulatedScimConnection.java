package se.sambruk.egil.suppliers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's simulated supplier (labelled as such in the UI): keeps what it is sent in memory and
 * answers as a SCIM server would (201, 200, 204, 404, 409), so the demo works without a network.
 */
final class SimulatedScimConnection implements ScimConnection {

    private static final Map<Long, Map<String, String>> HELD = new ConcurrentHashMap<>();

    private final Map<String, String> held;

    SimulatedScimConnection(long supplierId) {
        this.held = HELD.computeIfAbsent(supplierId, id -> new ConcurrentHashMap<>());
    }

    @Override
    public Answer send(String method, String path, String body) {
        String[] parts = path.split("/");
        String collection = parts[0];
        switch (method) {
            case "POST" -> {
                String id = externalId(body);
                String key = collection + "/" + id;
                return held.putIfAbsent(key, body) == null ? new Answer(201, body) : new Answer(409, "{\"detail\":\"exists\"}");
            }
            case "PUT" -> {
                return held.replace(path, body) != null ? new Answer(200, body) : new Answer(404, "{\"detail\":\"not found\"}");
            }
            case "DELETE" -> {
                return held.remove(path) != null ? new Answer(204, "") : new Answer(404, "{\"detail\":\"not found\"}");
            }
            default -> {
                StringBuilder list = new StringBuilder("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"Resources\":[");
                String prefix = collection.split("\\?")[0] + "/";
                java.util.function.Predicate<String> matches = filter(path);
                boolean first = true;
                int count = 0;
                for (Map.Entry<String, String> entry : held.entrySet()) {
                    if (entry.getKey().startsWith(prefix) && matches.test(entry.getValue())) {
                        String id = entry.getKey().substring(prefix.length());
                        list.append(first ? "" : ",").append("{\"id\":\"").append(id).append("\",").append(entry.getValue().substring(1));
                        first = false;
                        count++;
                    }
                }
                return new Answer(200, list.append("],\"totalResults\":").append(count).append(",\"startIndex\":1,\"itemsPerPage\":")
                        .append(count).append('}').toString());
            }
        }
    }

    /** {@code filter=<attribute> eq "<value>"} on externalId or userName, as the sync engine asks after a 409; else everything. */
    private static java.util.function.Predicate<String> filter(String path) {
        int at = path.indexOf("filter=");
        if (at < 0) {
            return body -> true;
        }
        String expression = java.net.URLDecoder.decode(path.substring(at + 7).split("&")[0], java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher eq = java.util.regex.Pattern.compile("(\\w+) eq \"(.*)\"").matcher(expression);
        if (!eq.matches()) {
            return body -> false;
        }
        String needle = "\"" + eq.group(1) + "\":\"" + eq.group(2) + "\"";
        return body -> body.toLowerCase(java.util.Locale.ROOT).contains(needle.toLowerCase(java.util.Locale.ROOT));
    }

    private static String externalId(String body) {
        int at = body.indexOf("\"externalId\":\"");
        int start = at + 14;
        return at < 0 ? "" : body.substring(start, body.indexOf('"', start));
    }
}
