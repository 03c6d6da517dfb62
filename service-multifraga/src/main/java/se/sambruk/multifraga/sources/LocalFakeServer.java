package se.sambruk.multifraga.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import se.sambruk.core.http.OutgoingUrls;

/**
 * What the module's local fakes of the agencies ({@link SsbtekFake}, {@link LefiFake}) share: an
 * HTTP server on 127.0.0.1 started on first use (a thread per exchange, a backlog for a
 * benchmark's 800 connections opened at once), its address allowed by the core's outgoing-URL
 * guard, optionally HTTPS that requires a client certificate (mutual TLS, as the agencies do);
 * and the delays and failures per source that the settings give ({@link Behaviour}).
 */
final class LocalFakeServer {

    /**
     * The listen queue. The JDK's server accepts on one thread; with a backlog of 200 the benchmark's
     * 800 connections opened at once overflowed it and the kernel dropped SYNs (a second's wait
     * each, bench/README.md).
     */
    static final int BACKLOG = 1024;

    private final String name;
    private final OutgoingUrls outgoingUrls;
    private HttpServer server;
    private ExecutorService executor;

    LocalFakeServer(String name, OutgoingUrls outgoingUrls) {
        this.name = name;
        this.outgoingUrls = outgoingUrls;
    }

    /** Starts the server on first use (plain HTTP) and answers its base address, {@code http://127.0.0.1:<port>}. */
    synchronized String start(String context, HttpHandler handler) {
        return start(context, handler, null);
    }

    /**
     * Starts the server on first use and answers its base address. With a TLS context it is HTTPS
     * and requires a client certificate that the context's trust managers accept.
     */
    synchronized String start(String context, HttpHandler handler, SSLContext tls) {
        if (server == null) {
            try {
                InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
                if (tls == null) {
                    server = HttpServer.create(address, BACKLOG);
                } else {
                    HttpsServer https = HttpsServer.create(address, BACKLOG);
                    https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                        @Override
                        public void configure(HttpsParameters parameters) {
                            SSLParameters ssl = tls.getDefaultSSLParameters();
                            ssl.setNeedClientAuth(true);
                            parameters.setSSLParameters(ssl);
                        }
                    });
                    server = https;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext(context, handler);
            server.start();
            outgoingUrls.allowInternalHost("127.0.0.1:" + server.getAddress().getPort());
        }
        return (tls == null && !(server instanceof HttpsServer) ? "http" : "https") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** The subject of the client certificate presented over HTTPS (mutual TLS), if any. */
    static java.util.Optional<String> clientCertificate(HttpExchange exchange) {
        if (exchange instanceof com.sun.net.httpserver.HttpsExchange https) {
            try {
                java.security.cert.Certificate[] chain = https.getSSLSession().getPeerCertificates();
                if (chain.length > 0 && chain[0] instanceof java.security.cert.X509Certificate certificate) {
                    return java.util.Optional.of(certificate.getSubjectX500Principal().getName());
                }
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** Waits the set delay; false when the wait was interrupted (the server is stopping). */
    static boolean pause(int millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The delays and failures of a fake's sources, from settings like
     * {@code sambruk.multifraga.fake.delays=AF:300,CSN:1200} and
     * {@code sambruk.multifraga.fake.failures=SO:REFUSE,LEFI:HTTP403}: each fake takes the entries
     * of its own source codes and leaves the others to the other fakes. A delay that is not a
     * number or a failure the fake does not know stops the start with a message naming it.
     */
    static final class Behaviour<F extends Enum<F>> {

        private final Set<String> codes;
        private final Function<String, F> failure;
        private final F none;
        private final Map<String, Integer> delays = new ConcurrentHashMap<>();
        private final Map<String, F> failures = new ConcurrentHashMap<>();

        Behaviour(Collection<String> codes, Class<F> type, F none, List<String> delaySettings, List<String> failureSettings) {
            this.codes = Set.copyOf(codes);
            this.none = none;
            this.failure = value -> {
                try {
                    return Enum.valueOf(type, value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("sambruk.multifraga.fake.failures: no failure " + value + " (one of "
                            + List.of(type.getEnumConstants()) + ")");
                }
            };
            read(delaySettings, (code, value) -> {
                try {
                    delays.put(code, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("sambruk.multifraga.fake.delays: " + code + ":" + value + " is not a number of milliseconds");
                }
            });
            read(failureSettings, (code, value) -> failures.put(code, failure.apply(value)));
        }

        private void read(List<String> settings, java.util.function.BiConsumer<String, String> put) {
            for (String setting : settings == null ? List.<String>of() : settings) {
                String[] parts = setting.split(":");
                if (parts.length == 2 && codes.contains(parts[0].trim())) {
                    put.accept(parts[0].trim(), parts[1].trim());
                }
            }
        }

        int delay(String code) {
            return delays.getOrDefault(code, 0);
        }

        F failure(String code) {
            return failures.getOrDefault(code, none);
        }

        void delay(String code, int millis) {
            delays.put(code, millis);
        }

        void fail(String code, F failure) {
            failures.put(code, failure);
        }

        void reset() {
            delays.clear();
            failures.clear();
        }
    }
}
