package se.sambruk.core.residents.testidp;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import se.sambruk.core.residents.signin.ContributedProvider;
import se.sambruk.core.residents.signin.ResidentSettings;

/**
 * The demo's test identity provider: a real OpenID Connect provider inside the application at
 * {@code /test-idp}, with its own RSA key (made at start), where one picks a made-up test person
 * and is sent back through the same flow as with a municipality's broker. Present only with
 * {@code sambruk.demo.enabled=true}; clearly labelled as no real e-legitimation.
 *
 * <p>Its issuer is {@code sambruk.residents.test-provider.url} (default
 * {@code http://localhost:<the server's port>}) + {@code /test-idp}: the platform's client fetches
 * the discovery document, keys and tokens there over HTTP, like from any broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class TestIdentityProvider {

    static final String PROVIDER_ID = "test";
    static final String CLIENT_ID = "sambruk-demo";
    static final String PROTECTED_IDENTITY_CLAIM = "https://sambruk.se/claim/protectedIdentity";
    static final String PERSONAL_IDENTITY_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

    /** The provider's key and its client's secret, made at start (nothing to configure, nothing that outlives the process). */
    record Keys(RSAKey signingKey, String clientSecret) {
    }

    @Bean
    Keys testIdentityProviderKeys() throws JOSEException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new Keys(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    @Bean
    Issuer testIdentityProviderIssuer(Environment environment, @Value("${sambruk.residents.test-provider.url:}") String url) {
        return new Issuer(environment, url);
    }

    @Bean
    ContributedProvider testIdentityProviderRegistration(Issuer issuer, Keys keys) {
        return new ContributedProvider() {
            @Override
            public String id() {
                return PROVIDER_ID;
            }

            @Override
            public ResidentSettings.Provider provider() {
                return ResidentSettings.Provider.of("Testinloggning – inte riktig e-legitimation", issuer.get(), CLIENT_ID,
                        keys.clientSecret(), PROTECTED_IDENTITY_CLAIM);
            }
        };
    }

    /** The issuer, known once the server listens (its port may be chosen at random). */
    static final class Issuer {

        private final Environment environment;
        private final String url;

        Issuer(Environment environment, String url) {
            this.environment = environment;
            this.url = url;
        }

        String get() {
            String base = url == null || url.isBlank()
                    ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                    : url.replaceAll("/$", "");
            return base + "/test-idp";
        }
    }
}
