package se.sambruk.fixamingata.delivery;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions.SentAnswer;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportUpdate;
import se.sambruk.fixamingata.report.Times;

/**
 * An Open311 GeoReport v2 back-end (Infracontrol and others): POST requests.json with the api_key,
 * the returned service_request_id (or token) is kept; residents' comments and reopenings go as
 * POST servicerequestupdates.json (the FixMyStreet extension).
 */
@Component
class Open311Backend implements Backend {

    static final String TOKEN_PREFIX = "token:";
    private final RestClient http;

    Open311Backend(OutgoingUrls outgoing) {
        this.http = outgoing.restClient(Duration.ofSeconds(10), Duration.ofSeconds(30)).build();
    }

    @Override
    public String send(Category category, Report report, List<SentAnswer> answers, String link) throws DeliveryFailed {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", category.sendKey());
        form.add("service_code", category.externalCode() == null ? category.name() : category.externalCode());
        form.add("lat", String.valueOf(report.lat()));
        form.add("long", String.valueOf(report.lon()));
        form.add("description", Backend.description(report, link));
        form.add("email", report.reporterEmail());
        String[] names = report.reporterName().split(" ", 2);
        form.add("first_name", names[0]);
        form.add("last_name", names.length > 1 ? names[1] : "");
        if (report.reporterPhone() != null) {
            form.add("phone", report.reporterPhone());
        }
        if (report.address() != null) {
            form.add("address_string", report.address());
        }
        if (report.photoCount() > 0) {
            form.add("media_url", link + "/bilder/0");
        } else if (report.mediaUrl() != null) {
            form.add("media_url", report.mediaUrl());
        }
        form.add("attribute[fixamingata_id]", String.valueOf(report.id()));
        answers.forEach(answer -> form.add("attribute[" + answer.code() + "]", answer.answer()));
        List<Map<String, Object>> answer = post(category, "/requests.json", form);
        if (answer == null || answer.isEmpty()) {
            throw new DeliveryFailed("Tomt svar från Open311-servern");
        }
        Object id = answer.get(0).get("service_request_id");
        if (id != null && !String.valueOf(id).isBlank()) {
            return String.valueOf(id);
        }
        Object token = answer.get(0).get("token");
        if (token != null && !String.valueOf(token).isBlank()) {
            return TOKEN_PREFIX + token;
        }
        throw new DeliveryFailed("Open311-servern gav varken service_request_id eller token");
    }

    @Override
    public void sendUpdate(Category category, Report report, ReportUpdate update, String link) throws DeliveryFailed {
        if (report.externalId() == null || report.externalId().startsWith(TOKEN_PREFIX)) {
            throw new DeliveryFailed("Ärendet har inget id i Open311-servern ännu");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", category.sendKey());
        form.add("service_request_id", report.externalId());
        form.add("update_id", String.valueOf(update.id()));
        form.add("status", update.kind() == ReportUpdate.Kind.REOPENED ? "OPEN" : report.state().open311Status().toUpperCase());
        form.add("description", update.text());
        form.add("updated_datetime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(update.createdAt().atZone(Times.STOCKHOLM)));
        form.add("email", report.reporterEmail());
        form.add("first_name", update.author() == null ? "" : update.author());
        form.add("last_name", "");
        post(category, "/servicerequestupdates.json", form);
    }

    /** The token's service_request_id, once the back-end has made the request; null while it has not. */
    String resolveToken(Category category, String token) throws DeliveryFailed {
        List<Map<String, Object>> answer = get(category, "/tokens/" + token + ".json");
        Object id = answer == null || answer.isEmpty() ? null : answer.get(0).get("service_request_id");
        return id == null || String.valueOf(id).isBlank() ? null : String.valueOf(id);
    }

    /** The back-end's updates between two times (FixMyStreet's servicerequestupdates extension). */
    List<Map<String, Object>> updates(Category category, java.time.OffsetDateTime start, java.time.OffsetDateTime end) throws DeliveryFailed {
        return get(category, "/servicerequestupdates.json?api_key={key}&start_date={start}&end_date={end}",
                category.sendKey(), start.toString(), end.toString());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> post(Category category, String path, MultiValueMap<String, String> form) throws DeliveryFailed {
        try {
            return http.post().uri(base(category) + path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON).body(form).retrieve().body(List.class);
        } catch (RestClientResponseException refused) {
            throw new DeliveryFailed(RemoteAnswers.status(refused.getStatusCode().value()));
        } catch (RestClientException unreachable) {
            throw new DeliveryFailed("Open311-servern nås inte: " + RemoteAnswers.reason(unreachable));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> get(Category category, String path, Object... variables) throws DeliveryFailed {
        try {
            return http.get().uri(base(category) + path, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(List.class);
        } catch (RestClientResponseException refused) {
            throw new DeliveryFailed(RemoteAnswers.status(refused.getStatusCode().value()));
        } catch (RestClientException unreachable) {
            throw new DeliveryFailed("Open311-servern nås inte: " + RemoteAnswers.reason(unreachable));
        }
    }

    private static String base(Category category) throws DeliveryFailed {
        if (category.sendTo() == null || !category.sendTo().startsWith("http")) {
            throw new DeliveryFailed("Kategorin " + category.name() + " har ingen Open311-adress");
        }
        return category.sendTo().replaceAll("/+$", "");
    }
}
