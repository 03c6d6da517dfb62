package se.sambruk.core.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which organisation each OpenID Connect provider signs in for: registration id (as under
 * {@code spring.security.oauth2.client.registration}) to the organisation's name or kommunkod.
 */
@ConfigurationProperties("sambruk.oidc")
record OidcSettings(Map<String, String> organisations) {

    OidcSettings {
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
    }
}
