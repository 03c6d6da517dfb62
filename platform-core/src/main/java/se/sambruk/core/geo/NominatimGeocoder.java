package se.sambruk.core.geo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Address search against a Nominatim-compatible service ({@code GET /search?format=jsonv2}), by
 * the rules of OpenStreetMap's public instance: an identifying User-Agent, at most one request a
 * second from this node (a faster request is told to wait instead of queueing), answers cached
 * for a day, only places in Sweden. Configured by {@code sambruk.geocoder.url} (or, as before the
 * move to the core, {@code sambruk.fixamingata.geocoder.url}); empty turns the search off.
 */
@Component
class NominatimGeocoder implements Geocoder {

    private static final int CACHED_QUERIES = 1000;
    private static final Duration CACHE_FOR = Duration.ofDays(1);
    private static final ParameterizedTypeReference<List<Map<String, Object>>> PLACES = new ParameterizedTypeReference<>() {
    };

    private final String url;
    private final RestClient http;
    private final Duration minInterval;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_QUERIES;
        }
    };
    private Instant lastRequest = Instant.EPOCH;

    private record Cached(List<Place> places, Instant at) {
    }

    NominatimGeocoder(@Value("${sambruk.geocoder.url:${sambruk.fixamingata.geocoder.url:}}") String url,
                      @Value("${sambruk.geocoder.user-agent:${sambruk.fixamingata.geocoder.user-agent:Sambruk-FixaMinGata/1.0}}") String userAgent,
                      @Value("${sambruk.geocoder.timeout:${sambruk.fixamingata.geocoder.timeout:PT3S}}") Duration timeout,
                      @Value("${sambruk.geocoder.min-interval:${sambruk.fixamingata.geocoder.min-interval:PT1S}}") Duration minInterval,
                      OutgoingUrls outgoing) {
        this.url = url == null ? "" : url.strip().replaceAll("/+$", "");
        this.http = outgoing.restClient(timeout, timeout).defaultHeader("User-Agent", userAgent).build();
        this.minInterval = minInterval;
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean enabled() {
        return !url.isEmpty();
    }

    @Override
    public List<Place> search(String text) throws Unavailable {
        if (!enabled()) {
            throw new Unavailable("no geocoder configured");
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        synchronized (this) {
            Cached cached = cache.get(key);
            if (cached != null && cached.at().plus(CACHE_FOR).isAfter(clock.instant())) {
                return cached.places();
            }
            Instant now = clock.instant();
            if (lastRequest.plus(minInterval).isAfter(now)) {
                throw new Unavailable("asked too often");
            }
            lastRequest = now;
        }
        List<Place> places = ask(text.strip());
        synchronized (this) {
            cache.put(key, new Cached(places, clock.instant()));
        }
        return places;
    }

    private List<Place> ask(String text) throws Unavailable {
        var uri = UriComponentsBuilder.fromUriString(url + "/search").queryParam("q", text).queryParam("format", "jsonv2")
                .queryParam("countrycodes", "se").queryParam("limit", 5).queryParam("accept-language", "sv")
                .encode().build().toUri();
        List<Map<String, Object>> answer;
        try {
            answer = http.get().uri(uri).retrieve().body(PLACES);
        } catch (RestClientException | IllegalArgumentException failed) {
            throw new Unavailable(RemoteAnswers.reason(failed));
        }
        List<Place> places = new ArrayList<>();
        for (Map<String, Object> place : answer == null ? List.<Map<String, Object>>of() : answer) {
            Double lat = number(place.get("lat")), lon = number(place.get("lon"));
            Object name = place.get("display_name");
            if (lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && name != null) {
                places.add(new Place(String.valueOf(name), lat, lon));
            }
        }
        return places;
    }

    /** Nominatim writes coordinates as strings; a compatible service may write numbers. */
    private static Double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return value == null ? null : Double.valueOf(value.toString());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
