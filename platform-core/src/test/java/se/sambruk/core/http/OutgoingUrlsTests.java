package se.sambruk.core.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingUrlsTests {

    final OutgoingUrls strict = new OutgoingUrls(List.of());
    HttpServer server;
    final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = "{\"secret\":\"internal answer\"}".getBytes(StandardCharsets.UTF_8);
            if (path.startsWith("/redirect")) {
                exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/fail")) {
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String local(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/x", "http://127.1.2.3/", "http://10.0.0.5/open311",
            "http://172.16.3.4/", "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/",
            "http://100.64.0.1/", "http://100.100.100.200/", "http://2130706433/", "http://0x7f000001/", "https://168.63.129.16/",
            "http://0/", "http://0177.0.0.1/", "http://0177.1/", "http://127.000.000.001/", "http://[fc00::1]/", "http://[fdff:ffff::1]/",
            "http://[febf::1]/", "http://[::ffff:7f00:1]/", "http://[0:0:0:0:0:ffff:169.254.169.254]/", "http://[::127.0.0.1]/",
            "http://192.168.0.1:8080/", "https://[::1]:8443/"})
    void internalAddressesAreRefused(String url) {
        assertThat(strict.refusal(url)).as(url).isPresent();
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(OutgoingUrlRefused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "jar:http://93.184.216.34!/", "//93.184.216.34/",
            "http:///nohost", "inte en adress", ""})
    void onlyHttpAndHttpsWithAHostAreCalled(String url) {
        assertThat(strict.refusal(url)).as(url).isPresent();
    }

    @Test
    void numbersWrittenOtherwiseThanAsFourDecimalPartsAreRefusedWithAClearReason() {
        // Java reads 0177.0.0.1 as 177.0.0.1, curl and browsers as 127.0.0.1: such forms are refused, whatever they mean
        assertThat(strict.refusal("http://0177.0.0.1/")).hasValueSatisfying(reason -> assertThat(reason).contains("fyra tal"));
        assertThat(strict.refusal("http://1572395042/")).isPresent();
        assertThat(strict.refusal("http://93.184.216.34/")).isEmpty();
    }

    @Test
    void theAddressToConnectToIsTheOneCheckedEvenWhenTheNameRebinds() throws Exception {
        // DNS rebinding: a public answer for the check, the machine itself for the next look-up
        AtomicInteger lookUps = new AtomicInteger();
        OutgoingUrls rebinding = new OutgoingUrls(List.of(), host -> new java.net.InetAddress[] {
                java.net.InetAddress.getByName(lookUps.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")});
        java.net.InetSocketAddress target;
        try {
            target = rebinding.resolve(java.net.URI.create("https://rebind.example.se/api"));
        } catch (OutgoingUrlRefused refused) {
            target = null;
        }
        assertThat(target == null || !target.getAddress().isLoopbackAddress()).as("connected to " + target).isTrue();
        OutgoingUrls stable = new OutgoingUrls(List.of(), host -> new java.net.InetAddress[] {java.net.InetAddress.getByName("93.184.216.34")});
        java.net.InetSocketAddress resolved = stable.resolve(java.net.URI.create("https://api.example.se/x"));
        assertThat(resolved.isUnresolved()).isFalse();
        assertThat(resolved.getAddress().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(resolved.getPort()).isEqualTo(443);
        assertThatThrownBy(() -> strict.resolve(java.net.URI.create("http://10.0.0.1:2000/"))).isInstanceOf(OutgoingUrlRefused.class);
        OutgoingUrls allowing = new OutgoingUrls(List.of("127.0.0.1:6001"));
        assertThat(allowing.resolve(java.net.URI.create("http://127.0.0.1:6001/")).getPort()).isEqualTo(6001);
        assertThatThrownBy(() -> allowing.resolve(java.net.URI.create("http://127.0.0.1:6002/"))).isInstanceOf(OutgoingUrlRefused.class);
    }

    @Test
    void publicAddressesAreCalled() {
        assertThat(strict.refusal("https://93.184.216.34/open311")).isEmpty();
        assertThat(strict.refusal("http://[2a00:1450:4010:c0e::71]/")).isEmpty();
    }

    @Test
    void theOperatorAllowsNamedInternalHostsByNameAndOptionallyPort() {
        OutgoingUrls allowing = new OutgoingUrls(List.of("open311.intern.kommun.se", " 127.0.0.1:8443 "));
        assertThat(allowing.refusal("https://127.0.0.1:8443/x")).isEmpty();
        assertThat(allowing.refusal("https://127.0.0.1:8444/x")).isPresent();
        assertThat(allowing.refusal("http://127.0.0.1/x")).isPresent();
        assertThat(allowing.refusal("http://localhost:8443/x")).isPresent();
        assertThat(allowing.refusal("https://OPEN311.intern.kommun.se:9000/x")).isEmpty();
    }

    @Test
    void aFormGetsTheReasonInlineAndAnUnknownNameIsLeftToTheCall() {
        record Form(String url, String other) {
        }
        var errors = new BeanPropertyBindingResult(new Form("http://10.1.2.3/", "https://unknown.invalid/"), "form");
        strict.reject(errors, "url", "http://10.1.2.3/");
        strict.reject(errors, "other", "https://unknown.invalid/");
        assertThat(errors.getFieldError("url").getDefaultMessage()).contains("internt nät");
        assertThat(errors.hasFieldErrors("other")).isFalse();
        assertThat(strict.refusal("https://unknown.invalid/")).isPresent();
    }

    @Test
    void theClientRefusesAnInternalAddressBeforeConnecting() {
        var client = strict.restClient(Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> client.get().uri(local("/ok")).retrieve().body(String.class))
                .isInstanceOf(OutgoingUrlRefused.class).hasMessageContaining("internt nät");
        assertThat(asked).hasValue(0);
    }

    @Test
    void anAllowedHostIsCalledButARedirectIsNeverFollowed() {
        OutgoingUrls allowing = new OutgoingUrls(List.of("127.0.0.1:" + server.getAddress().getPort()));
        var client = allowing.restClient(Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
        assertThat(client.get().uri(local("/ok")).retrieve().body(String.class)).contains("internal answer");
        assertThatThrownBy(() -> client.get().uri(local("/redirect")).retrieve().body(String.class))
                .isInstanceOf(OutgoingUrlRefused.class).hasMessageContaining("302");
        assertThat(asked).hasValue(2);
    }

    @Test
    void theReasonShownForAFailureNeverCarriesTheRemoteBody() {
        OutgoingUrls allowing = new OutgoingUrls(List.of("127.0.0.1:" + server.getAddress().getPort()));
        var client = allowing.restClient(Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
        RestClientException failure = org.junit.jupiter.api.Assertions.assertThrows(HttpServerErrorException.class,
                () -> client.get().uri(local("/fail")).retrieve().body(String.class));
        assertThat(failure.getMessage()).contains("internal answer"); // Spring's own message would leak it
        assertThat(RemoteAnswers.reason(failure)).isEqualTo("HTTP 500 (Internal Server Error)");
        assertThat(RemoteAnswers.reason(new RestClientException("x", new java.net.ConnectException("refused")))).doesNotContain("refused");
    }

    /** A resolver that answers a public address for the first look-up of each name and the real answer after (DNS rebinding). */
    static OutgoingUrls rebindingToTheMachineItself() {
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new OutgoingUrls(List.of(), host -> seen.add(host)
                ? new java.net.InetAddress[] {java.net.InetAddress.getByName("93.184.216.34")}
                : java.net.InetAddress.getAllByName(host));
    }

    @Test
    void manyCallsToOneHostRunAtOnceNotFiveAtATime() throws Exception {
        int calls = 12;
        var allArrived = new java.util.concurrent.CountDownLatch(calls);
        HttpServer waiting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        waiting.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(calls));
        waiting.createContext("/", exchange -> {
            allArrived.countDown();
            boolean together;
            try {
                together = allArrived.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                together = false;
            }
            exchange.sendResponseHeaders(together ? 200 : 503, -1);
            exchange.close();
        });
        waiting.start();
        var callers = java.util.concurrent.Executors.newFixedThreadPool(calls);
        try {
            OutgoingUrls allowing = new OutgoingUrls(List.of("127.0.0.1:" + waiting.getAddress().getPort()));
            var rest = allowing.restClient(Duration.ofSeconds(2), Duration.ofSeconds(10)).build();
            var jdk = allowing.httpClient().build();
            String url = "http://127.0.0.1:" + waiting.getAddress().getPort() + "/";
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < calls; i++) {
                boolean viaRest = i % 2 == 0;
                answers.add(callers.submit(() -> viaRest
                        ? rest.get().uri(url).retrieve().toBodilessEntity().getStatusCode().value()
                        : jdk.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get(20, java.util.concurrent.TimeUnit.SECONDS)).as("every call answered while all were in flight").isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
            waiting.stop(0);
        }
    }

    @Test
    void asynchronousSendsRunTogetherAndTheBuilderRefusesWhatWouldLeaveTheCheckedAddress() throws Exception {
        int calls = 6;
        var allArrived = new java.util.concurrent.CountDownLatch(calls);
        HttpServer waiting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        waiting.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(calls));
        waiting.createContext("/", exchange -> {
            allArrived.countDown();
            boolean together;
            try {
                together = allArrived.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                together = false;
            }
            exchange.sendResponseHeaders(together ? 200 : 503, -1);
            exchange.close();
        });
        waiting.start();
        try {
            OutgoingUrls allowing = new OutgoingUrls(List.of("127.0.0.1:" + waiting.getAddress().getPort()));
            var client = allowing.httpClient().build();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + waiting.getAddress().getPort() + "/")).build();
            var answers = new java.util.ArrayList<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Void>>>();
            for (int i = 0; i < calls; i++) {
                answers.add(client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.discarding()));
            }
            for (var answer : answers) {
                assertThat(answer.get(20, java.util.concurrent.TimeUnit.SECONDS).statusCode()).as("all sends in flight at once").isEqualTo(200);
            }
        } finally {
            waiting.stop(0);
        }
        var builder = strict.httpClient();
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> builder.followRedirects(java.net.http.HttpClient.Redirect.NORMAL));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> builder.proxy(java.net.ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128))));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> builder.cookieHandler(new java.net.CookieManager()));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> builder.authenticator(java.net.Authenticator.getDefault()));
        builder.followRedirects(java.net.http.HttpClient.Redirect.NEVER);
    }

    @Test
    void anHttpCallConnectsOnlyToTheAddressTheGuardCheckedWhenTheNameRebinds() throws Exception {
        // "localhost" answers a public address to the check and the machine itself to any later look-up: a client that
        // looked the name up again itself (the JDK's, before) reached the fake server behind the check's back
        String url = "http://localhost:" + server.getAddress().getPort() + "/ok";
        var rest = rebindingToTheMachineItself().restClient(Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> rest.get().uri(url).retrieve().body(String.class))
                .isInstanceOf(OutgoingUrlRefused.class).hasMessageContaining("internt nät");
        java.net.http.HttpClient jdk = rebindingToTheMachineItself().httpClient().connectTimeout(Duration.ofSeconds(2)).build();
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> jdk.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()));
        assertThat(RemoteAnswers.reason(refused)).contains("internt nät");
        assertThat(asked).as("requests that reached the internal server").hasValue(0);
        // the same client reaches a name the operator allows, sends the name as Host and gets the body through the caller's handler
        OutgoingUrls allowing = new OutgoingUrls(List.of("localhost:" + server.getAddress().getPort()));
        var answer = allowing.httpClient().build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("internal answer");
        assertThat(answer.headers().firstValue("content-type")).hasValue("application/json");
        var redirect = allowing.httpClient().build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + server.getAddress().getPort() + "/redirect")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).as("a redirect is returned, never followed").isEqualTo(302);
        assertThat(asked).hasValue(2);
    }

    @Test
    void tlsToTheCheckedAddressKeepsTheNameForSniAndTheCertificateCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path store = dir.resolve("api.p12");
        String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "api", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=api.example.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "test-password", "-keypass", "test-password", "-ext", "SAN=dns:api.example.test")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, "test-password".toCharArray());
        }
        var keyManagers = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "test-password".toCharArray());
        javax.net.ssl.SSLContext serverTls = javax.net.ssl.SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        java.security.KeyStore trusted = java.security.KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("api", keys.getCertificate("api"));
        var trustManagers = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        javax.net.ssl.SSLContext clientTls = javax.net.ssl.SSLContext.getInstance("TLS");
        clientTls.init(null, trustManagers.getTrustManagers(), null);

        var https = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(serverTls));
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        https.createContext("/", exchange -> {
            var session = (javax.net.ssl.ExtendedSSLSession) ((com.sun.net.httpserver.HttpsExchange) exchange).getSSLSession();
            seen.add(exchange.getRequestHeaders().getFirst("Host") + " sni=" + session.getRequestedServerNames().stream()
                    .map(name -> new String(name.getEncoded(), StandardCharsets.US_ASCII)).toList());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        https.start();
        try {
            int port = https.getAddress().getPort();
            // both names are internal hosts the operator allows; the guard's resolver answers 127.0.0.1 for them
            OutgoingUrls outgoing = new OutgoingUrls(List.of("api.example.test:" + port, "other.example.test:" + port),
                    host -> new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")});
            java.net.http.HttpClient client = outgoing.httpClient().sslContext(clientTls).build();
            var ok = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://api.example.test:" + port + "/x")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(ok.statusCode()).isEqualTo(204);
            assertThat(seen).containsExactly("api.example.test:" + port + " sni=[api.example.test]");
            java.io.IOException wrongName = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://other.example.test:" + port + "/x")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()));
            assertThat(RemoteAnswers.reason(wrongName)).contains("TLS");
            assertThat(seen).hasSize(1);
        } finally {
            https.stop(0);
        }
    }
}
