package se.sambruk.egil.suppliers;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Federation metadata (as the Swedish school federation publishes it): a JWS signed by the
 * federation whose payload lists entities, their servers' base URIs and the pins of their keys.
 * <pre>{"entities":[{"entity_id":"https://supplier.example","organization":"...",
 *   "servers":[{"base_uri":"https://scim.supplier.example/","pins":[{"alg":"sha256","digest":"..."}]}]}]}</pre>
 */
public final class FederationMetadata {

    public record Server(String baseUri, Set<String> pins) {
    }

    private final JsonNode payload;

    private FederationMetadata(JsonNode payload) {
        this.payload = payload;
    }

    /** @throws IllegalArgumentException when the metadata is not a JWS that the federation's key verifies */
    public static FederationMetadata verify(String compactJws, String federationJwk) {
        try {
            JWSObject jws = JWSObject.parse(compactJws.trim());
            JWK key = JWK.parse(federationJwk);
            java.security.Key publicKey = toPublicKey(key.toPublicJWK());
            var verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey);
            if (!jws.verify(verifier)) {
                throw new IllegalArgumentException("The federation metadata's signature does not verify");
            }
            return new FederationMetadata(JsonMapper.builder().build().readTree(jws.getPayload().toString()));
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("The federation metadata cannot be read: " + e.getMessage(), e);
        }
    }

    private static java.security.Key toPublicKey(JWK key) throws JOSEException {
        if (key instanceof com.nimbusds.jose.jwk.RSAKey rsa) {
            return rsa.toPublicKey();
        }
        if (key instanceof com.nimbusds.jose.jwk.ECKey ec) {
            return ec.toPublicKey();
        }
        throw new JOSEException("Only RSA and EC federation keys are supported");
    }

    /** The servers of one entity; empty when the federation does not list it. */
    public List<Server> servers(String entityId) {
        List<Server> servers = new ArrayList<>();
        for (JsonNode entity : payload.path("entities")) {
            if (!entityId.equals(entity.path("entity_id").asString(null))) {
                continue;
            }
            for (JsonNode server : entity.path("servers")) {
                Set<String> pins = new LinkedHashSet<>();
                for (JsonNode pin : server.path("pins")) {
                    if ("sha256".equalsIgnoreCase(pin.path("alg").asString(""))) {
                        pins.add(pin.path("digest").asString());
                    }
                }
                servers.add(new Server(server.path("base_uri").asString(), pins));
            }
        }
        return servers;
    }
}
