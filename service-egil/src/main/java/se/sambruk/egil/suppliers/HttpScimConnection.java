package se.sambruk.egil.suppliers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import se.sambruk.core.http.OutgoingUrlRefused;
import se.sambruk.core.http.OutgoingUrls;

/**
 * SCIM over HTTP(S) with the JDK's HTTP client, {@code application/scim+json}. The client is
 * used directly and synchronously: Spring's request factory on top of it started a thread per
 * request to write the body (and, on a two-core machine, another to complete it), which cost more
 * than the request itself in a sync of tens of thousands of objects.
 */
final class HttpScimConnection implements ScimConnection {

    static final String SCIM_JSON = "application/scim+json";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final OutgoingUrls outgoing;
    private final String baseUrl;
    private final String headerName;
    private final String headerValue;

    HttpScimConnection(String baseUrl, SSLContext tls, String headerName, String headerValue, int maxConnections, OutgoingUrls outgoing) {
        this.outgoing = outgoing;
        HttpClient.Builder client = outgoing.httpClient().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            client.sslContext(tls);
        }
        this.http = client.build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.headerName = headerName;
        this.headerValue = headerValue;
    }

    @Override
    public Answer send(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(outgoing.check(URI.create(baseUrl + path))).timeout(READ_TIMEOUT)
                    .header("Accept", SCIM_JSON + ", application/json");
            if (headerName != null) {
                request.header(headerName, headerValue);
            }
            if (body != null) {
                request.header("Content-Type", SCIM_JSON)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "Interrupted");
        } catch (OutgoingUrlRefused refused) {
            return new Answer(0, refused.getMessage());
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Answer(0, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }
}
