package se.sambruk.core.residents.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect authorization code flow with PKCE (S256) against a resident provider: builds the
 * authorization request, and checks the answer: state (by the caller), the code exchanged with the
 * verifier, the ID token's signature against the provider's keys, then {@link IdTokenRules} and
 * {@link IdentityClaims}. Signing adds {@code prompt=login}, {@code max_age=0}, the document's
 * SHA-256 in the state and the summary as the broker's sign message where it takes one.
 */
@Component
public class ResidentOidcClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ResidentProviders providers;
    private final Clock clock;

    ResidentOidcClient(ResidentProviders providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    /** A new request for a sign-in (documentSha256 null) or a signature, and the provider's URL to send the browser to. */
    public Started start(String providerId, String redirectUri, String returnTo, String signingToken, String documentSha256,
                         String signMessage) {
        ResidentSettings.Provider provider = providers.require(providerId);
        ResidentProviders.Metadata metadata = providers.metadata(providerId);
        String state = random() + (documentSha256 == null ? "" : "." + documentSha256);
        String nonce = random();
        String verifier = random() + random();
        PendingAuthorization pending = new PendingAuthorization(state, nonce, verifier, providerId, redirectUri, returnTo,
                signingToken, documentSha256, clock.instant());
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(metadata.authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", provider.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", String.join(" ", provider.scopes()))
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256");
        if (documentSha256 != null) {
            url.queryParam("prompt", "login").queryParam("max_age", "0");
            if (provider.signMessageParameter() != null && signMessage != null) {
                url.queryParam(provider.signMessageParameter(),
                        Base64.getEncoder().encodeToString(signMessage.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new Started(pending, url.encode().build().toUriString());
    }

    public record Started(PendingAuthorization pending, String authorizationUrl) {
    }

    /** Exchanges the code and checks the ID token; throws {@link SignInFailed} naming what did not hold. */
    public VerifiedIdentity complete(PendingAuthorization pending, String code) {
        ResidentSettings.Provider provider = providers.require(pending.providerId());
        ResidentProviders.Metadata metadata = providers.metadata(pending.providerId());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", pending.redirectUri());
        form.add("code_verifier", pending.codeVerifier());
        form.add("client_id", provider.clientId());
        Map<?, ?> answer;
        try {
            answer = providers.client(provider).post().uri(metadata.tokenEndpoint())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, basic(provider.clientId(), provider.clientSecret()))
                    .body(form)
                    .retrieve().body(Map.class);
        } catch (HttpClientErrorException e) {
            throw new SignInFailed(SignInFailure.TOKEN_REFUSED, "token endpoint " + e.getStatusCode() + " " + e.getResponseBodyAsString(), e);
        } catch (RestClientException e) {
            throw new SignInFailed(SignInFailure.PROVIDER_UNAVAILABLE, "token endpoint: " + e.getMessage(), e);
        }
        if (answer == null || !(answer.get("id_token") instanceof String idToken)) {
            throw new SignInFailed(SignInFailure.PROVIDER_ERROR, "no id_token in the token answer");
        }
        Jwt jwt;
        try {
            jwt = providers.decoder(pending.providerId()).decode(idToken);
        } catch (BadJwtException e) {
            throw new SignInFailed(SignInFailure.BAD_SIGNATURE, e.getMessage(), e);
        } catch (JwtException e) {
            throw new SignInFailed(SignInFailure.PROVIDER_UNAVAILABLE, "keys: " + e.getMessage(), e);
        }
        Map<String, Object> claims = jwt.getClaims();
        Instant now = clock.instant();
        IdTokenRules.check(claims, metadata.issuer(), provider.clientId(), pending.nonce(), now,
                pending.isSignature() ? pending.createdAt() : null);
        IdentityClaims identity = IdentityClaims.from(claims, provider, LocalDate.now(clock.withZone(SWEDEN)));
        Instant authTime = IdTokenRules.instant(claims.get("auth_time"));
        return new VerifiedIdentity(pending.providerId(), identity, idToken, authTime == null ? now : authTime);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String basic(String clientId, String secret) {
        String pair = urlEncode(clientId) + ":" + urlEncode(secret == null ? "" : secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
