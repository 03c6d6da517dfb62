package se.sambruk.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The JDK's {@link HttpClient} API, as {@link OutgoingUrls#httpClient()} gives it, over a client
 * of {@link CheckedConnections}: the callers keep their {@code HttpRequest}s and body handlers,
 * and every connection goes to the address the guard checked. Each request's address is checked
 * again before it is sent; redirects are never followed (a 3xx is returned as it is). HTTP/1.1
 * only; cookie handlers, proxies and authenticators are refused when set.
 */
final class CheckedHttpClient extends HttpClient {

    /**
     * Where {@link #sendAsync} blocks when the caller gives no executor. Not the common fork-join
     * pool: each send blocks its thread for the whole call, and on two cores that pool has one
     * thread, so asynchronous sends would run one at a time.
     */
    private static final ExecutorService ASYNC_SENDS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "checked-http-async");
        thread.setDaemon(true);
        return thread;
    });

    private final OutgoingUrls guard;
    private final CloseableHttpClient client;
    private final Duration connectTimeout;
    private final SSLContext tls;
    private final SSLParameters parameters;
    private final Executor executor;

    private CheckedHttpClient(OutgoingUrls guard, Duration connectTimeout, SSLContext tls, SSLParameters parameters, Executor executor) {
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.tls = tls;
        this.parameters = parameters;
        this.executor = executor;
        this.client = CheckedConnections.client(guard, connectTimeout, null, tls, parameters);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return Optional.ofNullable(connectTimeout);
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        return tls;
    }

    @Override
    public SSLParameters sslParameters() {
        return parameters;
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        URI uri = request.uri();
        try {
            guard.check(uri);
        } catch (OutgoingUrlRefused refused) {
            throw new IOException(refused.getMessage(), refused);
        }
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.method(), uri);
        request.headers().map().forEach((name, values) -> values.forEach(value -> outgoing.addHeader(name, value)));
        request.timeout().ifPresent(timeout -> outgoing.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build()));
        if (request.bodyPublisher().isPresent() && request.bodyPublisher().get().contentLength() != 0) {
            outgoing.setEntity(new ByteArrayEntity(bytes(request.bodyPublisher().get()), null));
        }
        Received received;
        try {
            received = client.execute(outgoing, response -> new Received(response.getCode(), headers(response.getHeaders()),
                    response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
        } catch (OutgoingUrlRefused refused) {
            throw new IOException(refused.getMessage(), refused);
        } catch (ConnectTimeoutException timeout) {
            throw (IOException) new HttpConnectTimeoutException("connection timed out").initCause(timeout);
        } catch (SocketTimeoutException timeout) {
            throw (IOException) new HttpTimeoutException("request timed out").initCause(timeout);
        } catch (InterruptedIOException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedException(interrupted.getMessage());
        }
        return new Answer<>(request, received, body(received, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, executor == null ? ASYNC_SENDS : executor);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromises) {
        return sendAsync(request, handler);
    }

    private record Received(int status, HttpHeaders headers, byte[] body) {
    }

    private static HttpHeaders headers(Header[] headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : headers) {
            map.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /** The request body, collected from its publisher (the JDK's publishers answer at once). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) throws IOException, InterruptedException {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        return unwrap(done);
    }

    /** The response body, as the caller's handler makes it from the bytes received. */
    private static <T> T body(Received received, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return received.status();
            }

            @Override
            public HttpHeaders headers() {
                return received.headers();
            }

            @Override
            public Version version() {
                return Version.HTTP_1_1;
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean delivered;

            @Override
            public void request(long n) {
                if (!delivered && n > 0) {
                    delivered = true;
                    if (received.body().length > 0) {
                        subscriber.onNext(List.of(ByteBuffer.wrap(received.body())));
                    }
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                delivered = true;
            }
        });
        return unwrap(subscriber.getBody().toCompletableFuture());
    }

    private static <T> T unwrap(CompletableFuture<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(failed.getCause());
        }
    }

    private record Answer<T>(HttpRequest request, Received received, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return received.status();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return received.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }
    }

    /** {@link HttpClient.Builder} for this client; what it cannot honour is refused, not ignored. */
    static final class Builder implements HttpClient.Builder {

        private final OutgoingUrls guard;
        private Duration connectTimeout;
        private SSLContext tls;
        private SSLParameters parameters;
        private Executor executor;

        Builder(OutgoingUrls guard) {
            this.guard = guard;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            throw new UnsupportedOperationException("outgoing calls to set addresses carry no cookies");
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            this.connectTimeout = duration;
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            this.tls = sslContext;
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            this.parameters = sslParameters;
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            if (policy != Redirect.NEVER) {
                throw new UnsupportedOperationException("redirects are never followed: a 3xx could lead anywhere");
            }
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            throw new UnsupportedOperationException("a proxy would make the connection elsewhere than the checked address");
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            throw new UnsupportedOperationException("send credentials as headers of the request");
        }

        @Override
        public HttpClient build() {
            return new CheckedHttpClient(guard, connectTimeout, tls, parameters, executor);
        }
    }
}
