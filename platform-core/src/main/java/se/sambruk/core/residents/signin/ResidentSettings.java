package se.sambruk.core.residents.signin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sambruk.residents.*}: the e-legitimation providers (the municipalities' OpenID Connect
 * brokers) and the residents' session.
 *
 * @param idleTimeout a resident is signed out after this long without a request (15 minutes)
 * @param warnBefore the pages warn this long before the session ends
 * @param providers by id (the path segment of the redirect URI {@code /e-tjanster/logga-in/<id>/svar})
 */
@ConfigurationProperties("sambruk.residents")
public record ResidentSettings(Duration idleTimeout, Duration warnBefore, Map<String, Provider> providers) {

    public ResidentSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(15) : idleTimeout;
        warnBefore = warnBefore == null ? Duration.ofMinutes(2) : warnBefore;
        providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
    }

    /**
     * One OpenID Connect provider (a broker for BankID, Freja eID+, ...).
     *
     * @param label what the resident sees: "BankID / Freja eID+"
     * @param issuer the provider's issuer; its discovery document is {@code <issuer>/.well-known/openid-configuration}
     * @param clientId the client id the broker gave this platform
     * @param clientSecret its secret (client_secret_basic)
     * @param scopes the scopes asked for ("openid" is always added)
     * @param personalIdentityNumberClaims the claims that may carry the personnummer, first found wins
     * @param givenNameClaim the given name's claim ({@code given_name})
     * @param surnameClaim the surname's claim ({@code family_name})
     * @param protectedIdentityClaim a boolean claim that marks protected identity, if the broker sends one
     * @param signMessageParameter the authorization request parameter that carries the text shown when
     *                             signing (base64 of UTF-8), if the broker takes one
     * @param timeout connect and read timeout of the calls to the provider
     */
    public record Provider(String label, String issuer, String clientId, String clientSecret, List<String> scopes,
                           List<String> personalIdentityNumberClaims, String givenNameClaim, String surnameClaim,
                           String protectedIdentityClaim, String signMessageParameter, Duration timeout) {

        /** The Swedish eID framework's claim, its bare name, and the OID used in SAML and by many brokers. */
        public static final List<String> DEFAULT_PERSONAL_IDENTITY_NUMBER_CLAIMS = List.of(
                "https://id.oidc.se/claim/personalIdentityNumber", "personalIdentityNumber", "urn:oid:1.2.752.29.4.13");

        public Provider {
            label = label == null || label.isBlank() ? "BankID / Freja eID+" : label;
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
            if (!scopes.contains("openid")) {
                scopes = java.util.stream.Stream.concat(java.util.stream.Stream.of("openid"), scopes.stream()).toList();
            }
            personalIdentityNumberClaims = personalIdentityNumberClaims == null || personalIdentityNumberClaims.isEmpty()
                    ? DEFAULT_PERSONAL_IDENTITY_NUMBER_CLAIMS : List.copyOf(personalIdentityNumberClaims);
            givenNameClaim = givenNameClaim == null || givenNameClaim.isBlank() ? "given_name" : givenNameClaim;
            surnameClaim = surnameClaim == null || surnameClaim.isBlank() ? "family_name" : surnameClaim;
            protectedIdentityClaim = protectedIdentityClaim == null || protectedIdentityClaim.isBlank() ? null : protectedIdentityClaim;
            signMessageParameter = signMessageParameter == null || signMessageParameter.isBlank() ? null : signMessageParameter;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        /** The provider's settings with another issuer and client, as the demo's test provider uses. */
        public static Provider of(String label, String issuer, String clientId, String clientSecret, String protectedIdentityClaim) {
            return new Provider(label, issuer, clientId, clientSecret, null, null, null, null, protectedIdentityClaim, null, null);
        }
    }
}
