package se.sambruk.core.http;

import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
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
    private final Resolver resolver;

    /** Looks a host name up (the JDK's resolver; the tests give one that answers differently each time). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    @org.springframework.beans.factory.annotation.Autowired
    public OutgoingUrls(@Value("${sambruk.http.allowed-internal-hosts:}") List<String> allowedInternalHosts) {
        this(allowedInternalHosts, InetAddress::getAllByName);
    }

    OutgoingUrls(List<String> allowedInternalHosts, Resolver resolver) {
        this.resolver = resolver;
        allowedInternalHosts.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .forEach(this::allowInternalHost);
    }

    /**
     * A host written as a number but not as four plain decimal parts ({@code 0177.0.0.1},
     * {@code 0x7f000001}, {@code 2130706433}): libraries read such forms differently (octal,
     * hexadecimal, one 32-bit number), so what is checked might not be what is called.
     */
    private static final java.util.regex.Pattern NUMERIC_HOST = java.util.regex.Pattern.compile("(?i)[0-9.]+|0x[0-9a-f.x]*");
    private static final java.util.regex.Pattern PLAIN_IPV4 = java.util.regex.Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

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
        if (NUMERIC_HOST.matcher(host).matches() && !PLAIN_IPV4.matcher(host).matches()) {
            return Optional.of("Skriv IP-adressen som fyra tal med punkt emellan, utan inledande nollor (till exempel 93.184.216.34).");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.all(IDN.toASCII(host));
        } catch (UnknownHostException | IllegalArgumentException unknown) {
            return unknownHostRefused ? Optional.of("Värdnamnet " + host + " finns inte.") : Optional.empty();
        }
        return internal(addresses);
    }

    private static Optional<String> internal(InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            String kind = InternalAddresses.kind(address);
            if (kind != null) {
                return Optional.of("Adressen pekar på ett internt nät (" + kind + ") och får inte anropas.");
            }
        }
        return Optional.empty();
    }

    /**
     * Where to connect for this address: its host looked up once, every address it resolves to
     * checked, and the first of them returned already resolved, so the connection goes to the
     * address that was checked and not to whatever a second look-up answers (DNS rebinding).
     * Callers that open their own sockets connect to it and give the host name to TLS (SNI and
     * certificate check). Throws {@link OutgoingUrlRefused} with the reason when it may not be called.
     */
    public InetSocketAddress resolve(URI uri) {
        check(uri);
        String host = uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new InetSocketAddress(checkedAddresses(host, port)[0], port);
    }

    /**
     * The host looked up once and every answer checked (unless the operator allows the host, or
     * the host and this port; a port of -1 matches only an allowance of the host on any port):
     * the addresses the connection may be made to. The HTTP clients this class gives use it as
     * their only DNS resolver, so they connect to exactly what was checked.
     */
    InetAddress[] checkedAddresses(String host, int port) {
        String name = (host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host).toLowerCase(Locale.ROOT);
        InetAddress[] addresses;
        try {
            addresses = resolver.all(IDN.toASCII(name));
        } catch (UnknownHostException | IllegalArgumentException unknown) {
            throw new OutgoingUrlRefused("Värdnamnet " + name + " finns inte.");
        }
        if (addresses == null || addresses.length == 0) {
            throw new OutgoingUrlRefused("Värdnamnet " + name + " finns inte.");
        }
        if (!allowed.contains(name) && !(port >= 0 && allowed.contains(name + ":" + port))) {
            internal(addresses).ifPresent(reason -> {
                throw new OutgoingUrlRefused(reason);
            });
        }
        return addresses;
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
     * A JDK HTTP client builder for calls to set addresses: the client checks every request's
     * address before sending it, connects only to the addresses the guard checked at that moment
     * (its DNS resolver is this guard, so a name that answers otherwise a second time is never
     * reached), keeps the host name for TLS (SNI and the certificate check), and never follows a
     * redirect. HTTP/1.1; proxies, authenticators and cookie handlers are refused.
     */
    public HttpClient.Builder httpClient() {
        return new CheckedHttpClient.Builder(this);
    }

    /**
     * A Spring request factory with the same guarantees as {@link #httpClient()}: connections only
     * to the addresses the guard checked, TLS to the name, no redirects, these time limits.
     */
    public ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(
                CheckedConnections.client(this, connectTimeout, readTimeout, null, null));
        factory.setReadTimeout(readTimeout);
        return factory;
    }

    /**
     * A RestClient builder whose every request is checked before it is sent and connected only to
     * the checked addresses ({@link #requestFactory}), that never follows a redirect (a 3xx answer
     * throws {@link OutgoingUrlRefused}), with these time limits.
     */
    public RestClient.Builder restClient(Duration connectTimeout, Duration readTimeout) {
        return RestClient.builder().requestFactory(requestFactory(connectTimeout, readTimeout)).requestInterceptor((request, body, execution) -> {
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
