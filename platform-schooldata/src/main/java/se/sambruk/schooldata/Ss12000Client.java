package se.sambruk.schooldata;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import se.sambruk.core.http.OutgoingUrls;

/**
 * A client of one SS 12000 (2.1) API: OAuth2 client credentials for a bearer token, collections
 * read page by page with {@code pageToken}, changes with {@code meta.modified.after}, deletions
 * with {@code /deletedEntities?after=}.
 */
public class Ss12000Client {

    static final int PAGE_SIZE = 500;

    private final RestClient http;
    private final String baseUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public Ss12000Client(String baseUrl, String tokenUrl, String clientId, String clientSecret, String scope, OutgoingUrls outgoing) {
        this(baseUrl, tokenUrl, clientId, clientSecret, scope, outgoing, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** With the time limits to connect and to wait for each answer (the other constructor: 10 s and 60 s). */
    public Ss12000Client(String baseUrl, String tokenUrl, String clientId, String clientSecret, String scope, OutgoingUrls outgoing,
                         Duration connectTimeout, Duration readTimeout) {
        // every request checked against internal addresses, no redirects followed
        this.http = outgoing.restClient(connectTimeout, readTimeout).build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
    }

    /** Every object of the collection (modified after the instant, when given), page by page. */
    public void readAll(SchoolObjectKind kind, Instant modifiedAfter, Consumer<JsonNode> each) {
        UriComponentsBuilder first = UriComponentsBuilder.fromUriString(baseUrl + "/" + kind.path()).queryParam("limit", PAGE_SIZE);
        if (modifiedAfter != null) {
            first.queryParam("meta.modified.after", DateTimeFormatter.ISO_INSTANT.format(modifiedAfter));
        }
        String pageToken = null;
        do {
            String uri = pageToken == null ? first.build().encode().toUriString()
                    : UriComponentsBuilder.fromUriString(baseUrl + "/" + kind.path()).queryParam("limit", PAGE_SIZE)
                    .queryParam("pageToken", pageToken).build().encode().toUriString();
            JsonNode page = get(uri);
            page.path("data").forEach(each);
            pageToken = page.path("pageToken").isString() ? page.path("pageToken").asString() : null;
        } while (pageToken != null && !pageToken.isBlank());
    }

    /**
     * Whether the API answers: a token and the first organisation (one object at most), so a
     * coordinator can test a connection before the first read. Throws as a read would.
     */
    public void check() {
        JsonNode page = get(UriComponentsBuilder.fromUriString(baseUrl + "/" + SchoolObjectKind.ORGANISATION.path()).queryParam("limit", 1)
                .build().encode().toUriString());
        if (page == null || !page.path("data").isArray()) {
            throw new IllegalStateException("The answer is not an SS 12000 list (no data)");
        }
    }

    /** The ids of the objects the source deleted after the instant, by kind. */
    public Map<SchoolObjectKind, List<UUID>> deletedAfter(Instant after) {
        Map<SchoolObjectKind, List<UUID>> deleted = new LinkedHashMap<>();
        UriComponentsBuilder first = UriComponentsBuilder.fromUriString(baseUrl + "/deletedEntities")
                .queryParam("after", DateTimeFormatter.ISO_INSTANT.format(after));
        for (String entity : List.of("Organisation", "Person", "Group", "Duty", "Activity")) {
            first.queryParam("entities", entity);
        }
        String pageToken = null;
        do {
            String uri = pageToken == null ? first.build().encode().toUriString()
                    : UriComponentsBuilder.fromUriString(baseUrl + "/deletedEntities").queryParam("pageToken", pageToken)
                    .build().encode().toUriString();
            JsonNode page = get(uri);
            for (SchoolObjectKind kind : SchoolObjectKind.values()) {
                for (JsonNode id : page.path("data").path(kind.path())) {
                    try {
                        deleted.computeIfAbsent(kind, k -> new ArrayList<>()).add(UUID.fromString(id.asString()));
                    } catch (IllegalArgumentException ignored) {
                        // not one of ours: ids of SS 12000 objects are UUIDs
                    }
                }
            }
            pageToken = page.path("pageToken").isString() ? page.path("pageToken").asString() : null;
        } while (pageToken != null && !pageToken.isBlank());
        return deleted;
    }

    private JsonNode get(String uri) {
        return http.get().uri(java.net.URI.create(uri))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(JsonNode.class);
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires.minusSeconds(30))) {
            return token;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        if (scope != null && !scope.isBlank()) {
            form.add("scope", scope);
        }
        JsonNode answer = http.post().uri(tokenUrl)
                .headers(h -> h.setBasicAuth(clientId, clientSecret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        if (answer == null || !answer.path("access_token").isString()) {
            throw new IllegalStateException("The token endpoint gave no access_token");
        }
        token = answer.path("access_token").asString();
        tokenExpires = Instant.now().plusSeconds(answer.path("expires_in").asLong(300));
        return token;
    }
}
