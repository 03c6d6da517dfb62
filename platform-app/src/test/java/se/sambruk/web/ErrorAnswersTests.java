package se.sambruk.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Errors the container or Spring answer reach the client in the application's format (the
 * error page, or a problem detail like the API's), over real HTTP through Tomcat; and a client's
 * X-Forwarded-* headers steer nothing unless it is a configured proxy.
 */
class ErrorAnswersTests extends PlatformTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
        HttpResponse<String> json = send(HttpRequest.newBuilder(at("/error")).header("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.body()).contains("\"status\":404").doesNotContain("999");
        HttpResponse<String> page = send(HttpRequest.newBuilder(at("/error")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Sidan finns inte");
    }

    @Test
    void anUnknownApiPathIsAProblemDetail() throws Exception {
        String clientId = "error-answers-client";
        synchronized (ErrorAnswersTests.class) {
            if (jdbc.queryForObject("select count(*) from core.api_client where client_id = ?", Integer.class, clientId) == 0) {
                accounts.registerClient(clientId, "Felsvar", organisationId("Ale"), Set.of("register.read"), clientId + "-secret");
            }
        }
        String token = JsonPath.read(mvc.perform(post("/oauth2/token").with(httpBasic(clientId, clientId + "-secret"))
                .param("grant_type", "client_credentials")).andReturn().getResponse().getContentAsString(), "$.access_token");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(at("/api/v1/egil/finns-inte")).header("Authorization", "Bearer " + token));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404").doesNotContain("\"error\"").doesNotContain("\"path\"");
    }

    @Test
    void tooManyParametersIsABadRequestInTheAppsFormat() throws Exception {
        // 1,200 parameters (Tomcat reads at most 1,000) in a short query, under the header size limit
        String query = IntStream.range(0, 1200).mapToObj(i -> "a=1").collect(Collectors.joining("&"));
        HttpResponse<String> json = send(HttpRequest.newBuilder(at("/search?" + query)).header("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("\"status\":400").doesNotContain("\"error\"");
        HttpResponse<String> page = send(HttpRequest.newBuilder(at("/search?" + query)).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Felaktig begäran");
    }

    @Test
    void anOversizedUploadGetsTheAppsOwnPage() throws Exception {
        String boundary = "----sambruk-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"stor.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 26 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> page = send(HttpRequest.newBuilder(at("/fixamingata/rapportera")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("för stort").contains("lang=\"sv\"");
    }

    @Test
    void aClientsForwardedHostDoesNotSteerARedirect() throws Exception {
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(at("/admin")).header("Accept", "text/html")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:"));
    }
}
