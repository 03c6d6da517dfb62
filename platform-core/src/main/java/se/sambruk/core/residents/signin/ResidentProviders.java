package se.sambruk.core.residents.signin;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The configured e-legitimation providers (settings plus {@link ContributedProvider}s), their
 * discovery documents (kept an hour) and their keys (Spring's Nimbus decoder, which fetches the
 * JWKS again when a token names an unknown key).
 */
@Component
public class ResidentProviders {

    static final Duration DISCOVERY_KEPT = Duration.ofHours(1);

    /** What the discovery document says; the endpoints this client uses. */
    record Metadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri, Instant fetchedAt) {
    }

    private final ResidentSettings settings;
    private final List<ContributedProvider> contributed;
    private final Clock clock;
    private volatile Map<String, ResidentSettings.Provider> providers;
    private final Map<String, Metadata> metadata = new ConcurrentHashMap<>();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ResidentProviders(ResidentSettings settings, List<ContributedProvider> contributed, Clock clock) {
        this.settings = settings;
        this.contributed = List.copyOf(contributed);
        this.clock = clock;
    }

    /** Every provider by id, in the order configured (settings first). */
    public Map<String, ResidentSettings.Provider> all() {
        Map<String, ResidentSettings.Provider> known = providers;
        if (known == null) {
            known = new LinkedHashMap<>(settings.providers());
            for (ContributedProvider provider : contributed) {
                known.putIfAbsent(provider.id(), provider.provider());
            }
            known = java.util.Collections.unmodifiableMap(known);
            providers = known;
        }
        return known;
    }

    public Optional<ResidentSettings.Provider> find(String id) {
        return Optional.ofNullable(id == null ? null : all().get(id));
    }

    ResidentSettings.Provider require(String id) {
        return find(id).orElseThrow(() -> new SignInFailed(SignInFailure.UNKNOWN_PROVIDER, String.valueOf(id)));
    }

    Metadata metadata(String id) {
        ResidentSettings.Provider provider = require(id);
        Metadata known = metadata.get(id);
        if (known != null && known.fetchedAt().plus(DISCOVERY_KEPT).isAfter(clock.instant())) {
            return known;
        }
        String issuer = provider.issuer();
        Map<?, ?> document;
        try {
            document = client(provider).get()
                    .uri(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration")
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(Map.class);
        } catch (RestClientException | IllegalArgumentException e) {
            throw new SignInFailed(SignInFailure.PROVIDER_UNAVAILABLE, "discovery of " + id + ": " + e.getMessage(), e);
        }
        if (document == null || !issuer.equals(document.get("issuer"))
                || !(document.get("authorization_endpoint") instanceof String authorization)
                || !(document.get("token_endpoint") instanceof String token)
                || !(document.get("jwks_uri") instanceof String jwks)) {
            throw new SignInFailed(SignInFailure.PROVIDER_ERROR, "discovery document of " + id + " lacks endpoints or names another issuer");
        }
        Metadata fresh = new Metadata(issuer, authorization, token, jwks, clock.instant());
        metadata.put(id, fresh);
        if (known != null && !known.jwksUri().equals(jwks)) {
            decoders.remove(id);
        }
        return fresh;
    }

    /** Verifies signatures only: the claims are checked by {@link IdTokenRules}, which names each failure. */
    JwtDecoder decoder(String id) {
        return decoders.computeIfAbsent(id, key -> {
            ResidentSettings.Provider provider = require(key);
            RestTemplate keys = new RestTemplate(requestFactory(provider));
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(metadata(key).jwksUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256,
                            SignatureAlgorithm.ES256)))
                    .restOperations(keys)
                    .build();
            decoder.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
            return decoder;
        });
    }

    RestClient client(ResidentSettings.Provider provider) {
        return RestClient.builder().requestFactory(requestFactory(provider)).build();
    }

    private static JdkClientHttpRequestFactory requestFactory(ResidentSettings.Provider provider) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(provider.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(provider.timeout());
        return factory;
    }
}
