package se.sambruk.egil.suppliers;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FederationMetadataTests {

    static final String METADATA = """
            {"entities":[{"entity_id":"https://forlaget.example","organization":"Förlaget",
              "servers":[{"base_uri":"https://scim.forlaget.example/egil/","pins":[{"alg":"sha256","digest":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}]}]}]}
            """;

    static String sign(ECKey key) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload(METADATA));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    @Test
    void signedMetadataGivesTheSuppliersServersAndPins() throws Exception {
        ECKey federation = new ECKeyGenerator(Curve.P_256).generate();
        FederationMetadata metadata = FederationMetadata.verify(sign(federation), federation.toPublicJWK().toJSONString());

        assertThat(metadata.servers("https://forlaget.example")).singleElement().satisfies(server -> {
            assertThat(server.baseUri()).isEqualTo("https://scim.forlaget.example/egil/");
            assertThat(server.pins()).containsExactly("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        });
        assertThat(metadata.servers("https://other.example")).isEmpty();
    }

    @Test
    void metadataSignedByAnotherKeyIsRefused() throws Exception {
        ECKey federation = new ECKeyGenerator(Curve.P_256).generate();
        ECKey impostor = new ECKeyGenerator(Curve.P_256).generate();
        assertThatThrownBy(() -> FederationMetadata.verify(sign(impostor), federation.toPublicJWK().toJSONString()))
                .hasMessageContaining("does not verify");
    }
}
