package se.sambruk.core.http;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.client.RestClient;

/**
 * The one guard for outgoing HTTP to addresses users and operators set. An address is refused
 * unless it is http or https and every address its host resolves to is public: not the machine
 * itself, not link-local (where clouds serve instance metadata), not a private network (RFC 1918,
 * IPv6 ULA, carrier NAT), not unspecified, multicast or reserved. The check runs when a form
 * saves the address ({@link #reject}) and again before every request ({@link #restClient},
 * {@link #check}), so an address that later resolves elsewhere is caught. Redirects are never
 * followed: a 3xx answer is a failure.
 *
 * <p>The operator setting {@code sambruk.http.allowed-internal-hosts} names internal hosts that
 * may be called anyway: entries {@code host} (any port) or {@code host:port}, comma-separated.
 * The allowance is by the name in the address, so it takes effect only for that name.
 */
@Component
public class OutgoingUrls {

    private final Set<String> allowed = ConcurrentHashMap.newKeySet();

    public OutgoingUrls(@Value("${sambruk.http.allowed-internal-hosts:}") List<String> allowedInternalHosts) {
        allowedInternalHosts.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .forEach(this::allowInternalHost);
    }

    /**
     * Lets calls reach an internal host, as the operator setting does: {@code host} or
     * {@code host:port}. Tests use it for their fake servers on 127.0.0.1.
     */
    public void allowInternalHost(String hostOrHostAndPort) {
        allowed.add(hostOrHostAndPort.strip().toLowerCase(Locale.ROOT));
    }

    /** Why the address may not be called (a short Swedish reason), or empty when it may. */
    public Optional<String> refusal(String url) {
        return refusal(url, true);
    }

    private Optional<String> refusal(String url, boolean unknownHostRefused) {
        if (url == null || url.isBlank()) {
            return Optional.of("Adressen saknas.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            return Optional.of("Adressen är inte en giltig webbadress.");
        }
        return refusal(uri, unknownHostRefused);
    }

    /** Why the address may not be called, or empty when it may. */
    public Optional<String> refusal(URI uri) {
        return refusal(uri, true);
    }

    /**
     * At save time a name that does not resolve (yet) is accepted: it is checked again before
     * every call, when it must resolve to public addresses only.
     */
    private Optional<String> refusal(URI uri, boolean unknownHostRefused) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Adressen måste börja med https:// eller http://.");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("Adressen saknar värdnamn.");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (allowed.contains(host) || allowed.contains(host + ":" + port)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(IDN.toASCII(host));
        } catch (UnknownHostException | IllegalArgumentException unknown) {
            return unknownHostRefused ? Optional.of("Värdnamnet " + host + " finns inte.") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            String kind = InternalAddresses.kind(address);
            if (kind != null) {
                return Optional.of("Adressen pekar på ett internt nät (" + kind + ") och får inte anropas.");
            }
        }
        return Optional.empty();
    }

    /** The address, when it may be called; else {@link OutgoingUrlRefused} with the reason. */
    public URI check(URI uri) {
        refusal(uri).ifPresent(reason -> {
            throw new OutgoingUrlRefused(reason);
        });
        return uri;
    }

    /** {@link #check(URI)} for an address as text. */
    public URI check(String url) {
        refusal(url).ifPresent(reason -> {
            throw new OutgoingUrlRefused(reason);
        });
        return URI.create(url.strip());
    }

    /**
     * Form validation: rejects the field with the reason when the address may not be called. A
     * blank value is left to the form's own "required" check.
     */
    public void reject(Errors errors, String field, String url) {
        if (url != null && !url.isBlank()) {
            refusal(url, false).ifPresent(reason -> errors.rejectValue(field, "http.url.refused", reason));
        }
    }

    /**
     * A JDK HTTP client builder that never follows redirects; callers {@link #check} every
     * request's address before sending it.
     */
    public HttpClient.Builder httpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    }

    /**
     * A RestClient builder whose every request is checked before it is sent, that never follows
     * a redirect (a 3xx answer throws {@link OutgoingUrlRefused}), with these time limits.
     */
    public RestClient.Builder restClient(Duration connectTimeout, Duration readTimeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory).requestInterceptor((request, body, execution) -> {
            check(request.getURI());
            var response = execution.execute(request, body);
            if (response.getStatusCode().is3xxRedirection()) {
                int status = response.getStatusCode().value();
                response.close();
                throw new OutgoingUrlRefused("HTTP " + status + ": servern svarade med en omdirigering, som inte följs.");
            }
            return response;
        });
    }
}
