package se.sambruk.residents;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A municipality's e-identification broker on a local port for the whole test run, speaking
 * OpenID Connect (discovery, JWKS, token endpoint with client secret and PKCE S256). The tests
 * take the state and nonce from the platform's authorization request, ask {@link #code} for a
 * code that yields a token with a chosen fault, and send the platform the answer. The test setup
 * registers it as the provider {@code fake}, with the personnummer in the OID claim.
 */
public final class FakeBroker {

    public static final String CLIENT_ID = "platform-at-fake";
    public static final String CLIENT_SECRET = "fake-broker-secret";
    public static final String PNR_CLAIM = "urn:oid:1.2.752.29.4.13";

    /** What the token of a code gets wrong, if anything. */
    public enum Fault { NONE, WRONG_ISSUER, EXPIRED, NO_PERSONAL_IDENTITY_NUMBER, BAD_PERSONAL_IDENTITY_NUMBER, WRONG_NONCE,
        WRONG_AUDIENCE, FOREIGN_KEY, SERVER_ERROR, OLD_AUTHENTICATION }

    record Grant(String nonce, String challenge, String personalIdentityNumber, Fault fault) {
    }

    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static RSAKey key;
    private static RSAKey foreignKey;

    private FakeBroker() {
    }

    public static synchronized String issuer() {
        if (server == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("fake-1").generate();
                foreignKey = new RSAKeyGenerator(2048).keyID("fake-1").generate();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
            server.createContext("/broker/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token","jwks_uri":"%1$s/jwks"}
                    """.formatted(base())));
            server.createContext("/broker/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/broker/token", FakeBroker::token);
            server.start();
        }
        return base();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/broker";
    }

    /** A code for the authorization request with this nonce and PKCE challenge, for this person, with this fault. */
    public static String code(String nonce, String challenge, String personalIdentityNumber, Fault fault) {
        String code = UUID.randomUUID().toString();
        GRANTS.put(code, new Grant(nonce, challenge, personalIdentityNumber, fault));
        return code;
    }

    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = GRANTS.remove(String.valueOf(form.get("code")));
        if (grant == null || form.get("code_verifier") == null || !challenge(form.get("code_verifier")).equals(grant.challenge())) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        if (grant.fault() == Fault.SERVER_ERROR) {
            json(exchange, 500, "{\"error\":\"server_error\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(grant.fault() == Fault.WRONG_ISSUER ? "https://evil.example/broker" : base())
                .subject("fake-subject")
                .audience(grant.fault() == Fault.WRONG_AUDIENCE ? "someone-else" : CLIENT_ID)
                .issueTime(Date.from(grant.fault() == Fault.EXPIRED ? now.minus(Duration.ofHours(1)) : now))
                .expirationTime(Date.from(grant.fault() == Fault.EXPIRED ? now.minus(Duration.ofMinutes(30)) : now.plus(Duration.ofMinutes(5))))
                .claim("auth_time", (grant.fault() == Fault.OLD_AUTHENTICATION ? now.minus(Duration.ofHours(1)) : now).getEpochSecond())
                .claim("nonce", grant.fault() == Fault.WRONG_NONCE ? "another-nonce" : grant.nonce())
                .claim("given_name", "Anna")
                .claim("family_name", "Testsson");
        if (grant.fault() != Fault.NO_PERSONAL_IDENTITY_NUMBER) {
            claims.claim(PNR_CLAIM, grant.fault() == Fault.BAD_PERSONAL_IDENTITY_NUMBER ? "198507099806" : grant.personalIdentityNumber());
        }
        try {
            com.nimbusds.jwt.SignedJWT token = new com.nimbusds.jwt.SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("fake-1").build(), claims.build());
            token.sign(new RSASSASigner(grant.fault() == Fault.FOREIGN_KEY ? foreignKey : key));
            json(exchange, 200, "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"id_token\":\"" + token.serialize() + "\"}");
        } catch (Exception failed) {
            json(exchange, 500, "{}");
        }
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
