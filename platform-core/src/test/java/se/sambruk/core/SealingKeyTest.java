package se.sambruk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SealingKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void opensWhatItSealedForTheSamePurpose() {
        SealingKey key = SealingKey.fromSetting("x.key", KEY).orElseThrow();
        String sealed = key.seal("client-secret", "hemligt");
        assertThat(sealed).startsWith("v1:").doesNotContain("hemligt");
        assertThat(key.openString("client-secret", sealed)).isEqualTo("hemligt");
        assertThat(key.seal("client-secret", "hemligt")).isNotEqualTo(sealed);
    }

    @Test
    void refusesAnotherPurposeAnotherKeyAndAlteredValues() {
        SealingKey key = SealingKey.fromSetting("x.key", KEY).orElseThrow();
        String sealed = key.seal("client-secret", "hemligt");
        assertThatThrownBy(() -> key.open("api-key", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SealingKey.fromSetting("x.key", OTHER_KEY).orElseThrow().open("client-secret", sealed))
                .isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> key.open("client-secret", altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> key.open("client-secret", "v1:kort")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> key.open("client-secret", "klartext")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBlankSettingIsNoKeyAndAWrongLengthStopsTheStartWithTheSettingsName() {
        assertThat(SealingKey.fromSetting("x.key", " ")).isEmpty();
        assertThat(SealingKey.fromSetting("x.key", null)).isEmpty();
        assertThatThrownBy(() -> SealingKey.fromSetting("sambruk.x.secret-key", "c2hvcnQ="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sambruk.x.secret-key");
        assertThatThrownBy(() -> SealingKey.fromSetting("sambruk.x.secret-key", "not base64!"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sambruk.x.secret-key");
    }
}
