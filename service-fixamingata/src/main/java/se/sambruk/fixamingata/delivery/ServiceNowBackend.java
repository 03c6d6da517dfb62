package se.sambruk.fixamingata.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions.SentAnswer;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportUpdate;

/**
 * ServiceNow's Table API: a report becomes an incident (POST /api/now/table/incident, basic
 * authentication with the category's user:password); comments go to the incident's journal
 * (PATCH comments); its state is polled.
 */
@Component
class ServiceNowBackend implements Backend {

    private final RestClient http;

    ServiceNowBackend(OutgoingUrls outgoing) {
        this.http = outgoing.restClient(Duration.ofSeconds(10), Duration.ofSeconds(30)).build();
    }

    @Override
    public String send(Category category, Report report, List<SentAnswer> answers, String link) throws DeliveryFailed {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("short_description", report.title());
        incident.put("description", Backend.description(report, link) + Backend.answersText(answers));
        incident.put("category", category.externalCode() == null ? category.name() : category.externalCode());
        incident.put("contact_type", "FixaMinGata");
        incident.put("correlation_id", "fixamingata-" + report.id());
        incident.put("correlation_display", "FixaMinGata");
        Map<?, ?> answer = call(category, "POST", "/api/now/table/incident", incident);
        Object result = answer == null ? null : answer.get("result");
        if (result instanceof Map<?, ?> created && created.get("sys_id") != null) {
            return String.valueOf(created.get("sys_id"));
        }
        throw new DeliveryFailed("ServiceNow gav inget sys_id");
    }

    @Override
    public void sendUpdate(Category category, Report report, ReportUpdate update, String link) throws DeliveryFailed {
        if (report.externalId() == null) {
            throw new DeliveryFailed("Ärendet har inget sys_id i ServiceNow ännu");
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("comments", (update.kind() == ReportUpdate.Kind.REOPENED ? "Öppnad igen av invånare: " : "Kommentar från invånare: ")
                + update.text());
        if (update.kind() == ReportUpdate.Kind.REOPENED) {
            change.put("state", "1");
        }
        call(category, "PATCH", "/api/now/table/incident/" + report.externalId(), change);
    }

    /** The incident's state number (1 new, 2 in progress, 3 on hold, 6 resolved, 7 closed, 8 cancelled) and close notes. */
    Map<?, ?> incident(Category category, String sysId) throws DeliveryFailed {
        Map<?, ?> answer = call(category, "GET", "/api/now/table/incident/" + sysId + "?sysparm_fields=state,close_notes,sys_updated_on", null);
        return answer == null || !(answer.get("result") instanceof Map<?, ?> result) ? Map.of() : result;
    }

    private Map<?, ?> call(Category category, String method, String path, Map<String, Object> body) throws DeliveryFailed {
        if (category.sendTo() == null || !category.sendTo().startsWith("http")) {
            throw new DeliveryFailed("Kategorin " + category.name() + " har ingen ServiceNow-adress");
        }
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (category.sendKey() == null ? "" : category.sendKey()).getBytes(StandardCharsets.UTF_8));
        try {
            var request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                    .uri(category.sendTo().replaceAll("/+$", "") + path)
                    .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().body(Map.class);
        } catch (RestClientResponseException refused) {
            throw new DeliveryFailed(RemoteAnswers.status(refused.getStatusCode().value()));
        } catch (RestClientException unreachable) {
            throw new DeliveryFailed("ServiceNow nås inte: " + RemoteAnswers.reason(unreachable));
        }
    }
}
