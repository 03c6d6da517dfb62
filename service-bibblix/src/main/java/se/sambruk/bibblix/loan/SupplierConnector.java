package se.sambruk.bibblix.loan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.core.http.OutgoingUrlRefused;
import se.sambruk.core.http.OutgoingUrls;

/**
 * Registers a loan with the content supplier (Axiell Media) over HTTPS with the JDK's HttpClient
 * and Jackson 3. The contract (docs/services/bibblix.md): {@code POST {url}/loans} with a bearer
 * API key and an {@code Idempotency-Key}, a JSON body of ISBN, record reference, library, a
 * pseudonymous patron (never the card number), loan days and our loan reference; 201 gives
 * {@code loanId}, {@code deliveryUrl}; 409 with {@code DUPLICATE_LOAN} is the loan the child already
 * has (taken as it is); any other 4xx is a refusal, a 5xx or a timeout is "try later". The
 * delivery link must be http(s). The address passes the core's outgoing-URL guard before every
 * call (no internal addresses unless operations allow the host; redirects never followed).
 */
@Component
public class SupplierConnector {

    private static final Logger log = LoggerFactory.getLogger(SupplierConnector.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private volatile String apiKey;
    private final Duration timeout;
    private final HttpClient client;
    private final OutgoingUrls outgoing;

    SupplierConnector(OutgoingUrls outgoing, @Value("${sambruk.bibblix.supplier.url:}") String url,
                      @Value("${sambruk.bibblix.supplier.api-key:}") String apiKey,
                      @Value("${sambruk.bibblix.supplier.timeout:PT5S}") Duration timeout) {
        this.outgoing = outgoing;
        this.url = url == null ? "" : url.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.client = outgoing.httpClient().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public boolean configured() {
        return !base().isBlank();
    }

    /** Points the connector at another address and key (the demo's fake supplier, whose port is known only at start). */
    private volatile String override;

    public void useUrl(String url, String apiKey) {
        this.override = url.replaceAll("/+$", "");
        this.apiKey = apiKey;
    }

    private String base() {
        return override != null ? override : url;
    }

    public SupplierLoan register(String isbn, String recordReference, long organisationId, String patron, String loanReference) {
        if (base().isBlank()) {
            throw new SupplierException("no supplier configured (sambruk.bibblix.supplier.url)", false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("isbn", isbn);
        body.put("reference", recordReference);
        body.put("library", String.valueOf(organisationId));
        body.put("patron", patron);
        body.put("days", LoanRules.LOAN_DAYS);
        body.put("loanRef", loanReference);
        URI address;
        try {
            address = outgoing.check(base() + "/loans");
        } catch (OutgoingUrlRefused | IllegalArgumentException refused) {
            log.warn("The supplier's address is refused: {}", refused.getMessage());
            throw new SupplierException("address refused by the outgoing-URL guard", false);
        }
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + (apiKey == null ? "" : apiKey))
                .header("Idempotency-Key", loanReference)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            log.warn("The supplier did not answer within {}", timeout);
            throw new SupplierException("timeout", e);
        } catch (IOException e) {
            log.warn("The supplier could not be reached: {}", e.getMessage());
            throw new SupplierException("unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierException("interrupted", e);
        }
        int status = response.statusCode();
        if (status == 201 || status == 200 || status == 409) {
            JsonNode answer;
            try {
                answer = JSON.readTree(response.body());
            } catch (RuntimeException e) {
                throw new SupplierException("answer is not JSON (HTTP " + status + ")", false);
            }
            if (status == 409 && !"DUPLICATE_LOAN".equals(answer.path("error").asString(""))) {
                throw new SupplierException("conflict: " + answer.path("error").asString(""), true);
            }
            String loanId = answer.path("loanId").asString("");
            String delivery = answer.path("deliveryUrl").asString("");
            if (loanId.isBlank() || !(delivery.startsWith("https://") || delivery.startsWith("http://"))) {
                throw new SupplierException("answer without loan id or delivery link", false);
            }
            return new SupplierLoan(loanId, delivery, status == 409);
        }
        if (status >= 400 && status < 500) {
            log.warn("The supplier refused a loan: HTTP {}", status);
            throw new SupplierException("refused (HTTP " + status + ")", true);
        }
        log.warn("The supplier failed: HTTP {}", status);
        throw new SupplierException("HTTP " + status, false);
    }
}
