package se.sambruk.core.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5 clients whose every connection goes to an address the guard has just
 * checked: the client's DNS resolver is {@link OutgoingUrls} itself, which looks the name up
 * once, refuses it when any answer is internal, and hands exactly those answers to the socket.
 * A second look-up that answers otherwise (DNS rebinding, a short TTL) never happens. TLS is
 * given the host name, so SNI and the certificate check (the JDK's and the client's own) keep
 * the name. No redirects, no retries, no cookies, no proxy from system properties.
 */
final class CheckedConnections {

    /**
     * HttpClient 5's pool allows 5 connections per host and 25 in all by default; the JDK client
     * these clients replace had no such limit. Multifråga asks one SSBTEK address up to seven
     * questions per look-up, for many look-ups at once, and a pool of 5 queued them until their
     * timeouts (100 look-ups: 785 of 800 answers missing). The limit is now far above what one
     * instance asks of one peer at once; each caller keeps its own timeouts.
     */
    static final int MAX_CONNECTIONS = 2_000;

    private CheckedConnections() {
    }

    static CloseableHttpClient client(OutgoingUrls guard, Duration connectTimeout, Duration readTimeout, SSLContext tls,
            SSLParameters parameters) {
        ClientTlsStrategyBuilder strategy = ClientTlsStrategyBuilder.create().setSslContext(tls == null ? defaultContext() : tls)
                .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH);
        if (parameters != null && parameters.getProtocols() != null && parameters.getProtocols().length > 0) {
            strategy.setTlsVersions(parameters.getProtocols());
        }
        if (parameters != null && parameters.getCipherSuites() != null && parameters.getCipherSuites().length > 0) {
            strategy.setCiphers(parameters.getCipherSuites());
        }
        ConnectionConfig.Builder connections = ConnectionConfig.custom();
        if (connectTimeout != null) {
            connections.setConnectTimeout(Timeout.of(connectTimeout));
        }
        if (readTimeout != null) {
            connections.setSocketTimeout(Timeout.of(readTimeout));
        }
        var manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new Resolver(guard))
                .setTlsSocketStrategy(strategy.buildClassic())
                .setDefaultConnectionConfig(connections.build())
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .build();
        return HttpClients.custom().setConnectionManager(manager).disableRedirectHandling().disableAutomaticRetries()
                .disableCookieManagement().disableContentCompression().disableAuthCaching().build();
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    /** The client's only way to turn a name into addresses: the guard's checked answer. */
    private record Resolver(OutgoingUrls guard) implements DnsResolver {

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(guard.checkedAddresses(host, port)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.checkedAddresses(host, -1);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
