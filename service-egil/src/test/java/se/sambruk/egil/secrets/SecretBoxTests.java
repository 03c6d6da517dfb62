package se.sambruk.egil.secrets;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

    private final SecretBox box = new SecretBox(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void aSealedSecretOpensOnlyForItsPurposeAndIsNeverThePlainText() {
        String sealed = box.seal("api-key", "hemlig-nyckel");
        assertThat(sealed).startsWith("v1:").doesNotContain("hemlig");
        assertThat(box.seal("api-key", "hemlig-nyckel")).isNotEqualTo(sealed);
        assertThat(box.openString("api-key", sealed)).isEqualTo("hemlig-nyckel");
        assertThatThrownBy(() -> box.openString("client-secret", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAlteredSecretDoesNotOpen() {
        String sealed = box.seal("api-key", "hemlig-nyckel");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open("api-key", "v1:" + Base64.getEncoder().encodeToString(raw))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsStored() {
        assertThatThrownBy(() -> new SecretBox("").seal("x", "y")).hasMessageContaining("sambruk.egil.secret-key");
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
