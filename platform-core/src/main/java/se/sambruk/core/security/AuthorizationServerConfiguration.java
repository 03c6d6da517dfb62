package se.sambruk.core.security;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import se.sambruk.core.CurrentUser;

/**
 * The application is its own OAuth2 authorization server for machine clients (client
 * credentials) and verifies the tokens it issued on {@code /api/**}. Signing keys live in the
 * database so that every node issues and accepts the same tokens.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    private static final String FIRST_KEY_ID = "sambruk-1";

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(JdbcTemplate jdbc) {
        List<RSAKey> keys = jdbc.query("select key_id, private_key, public_key from core.signing_key order by created_at desc",
                (row, index) -> rsaKey(row.getString(1), row.getString(2), row.getString(3)));
        if (keys.isEmpty()) {
            KeyPair pair = newKeyPair();
            String keyId = FIRST_KEY_ID; // nodes starting together insert one key between them
            Base64.Encoder base64 = Base64.getEncoder();
            jdbc.update("insert into core.signing_key (key_id, private_key, public_key) values (?, ?, ?) on conflict do nothing",
                    keyId, base64.encodeToString(pair.getPrivate().getEncoded()), base64.encodeToString(pair.getPublic().getEncoded()));
            return jwkSource(jdbc);
        }
        return new ImmutableJWKSet<>(new JWKSet(List.copyOf(keys)));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, java.time.Clock clock) {
        return new VerifiedTokenCache(NimbusJwtDecoder.withJwkSource(jwkSource).build(), clock);
    }

    /** Every access token names the client's organisation, so the API can scope what it returns. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationClaim(ApiClients clients) {
        return context -> clients.findByClientId(context.getRegisteredClient().getClientId())
                .ifPresent(client -> context.getClaims().claim(CurrentUser.ORGANISATION_CLAIM, client.getOrganisationId()));
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new SelfContainedTokenAuthorizationService();
    }

    private static RSAKey rsaKey(String keyId, String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey))))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey))))
                    .keyID(keyId)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Unreadable signing key " + keyId, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
