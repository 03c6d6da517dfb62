package se.sambruk.egil.suppliers;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/** SCIM over HTTP(S) with Spring's RestClient on the JDK's HTTP client: {@code application/scim+json}. */
final class HttpScimConnection implements ScimConnection {

    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

    private final RestClient http;
    private final String baseUrl;
    private final String headerName;
    private final String headerValue;

    HttpScimConnection(String baseUrl, SSLContext tls, String headerName, String headerValue, int maxConnections) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            client.sslContext(tls);
        }
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client.build());
        factory.setReadTimeout(Duration.ofSeconds(30));
        this.http = RestClient.builder().requestFactory(factory).build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.headerName = headerName;
        this.headerValue = headerValue;
    }

    @Override
    public Answer send(String method, String path, String body) {
        try {
            RestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(method)).uri(URI.create(baseUrl + path))
                    .accept(SCIM_JSON, MediaType.APPLICATION_JSON);
            if (headerName != null) {
                request.header(headerName, headerValue);
            }
            if (body != null) {
                request.contentType(SCIM_JSON).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                    StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Answer(0, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }
}
