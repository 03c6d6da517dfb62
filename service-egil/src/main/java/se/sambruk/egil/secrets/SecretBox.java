package se.sambruk.egil.secrets;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.sambruk.core.SealingKey;

/**
 * Seals the secrets EGIL keeps (client secrets, API keys, client certificates) with the core's
 * {@link SealingKey} under EGIL's own key ({@code sambruk.egil.secret-key}, 32 bytes in Base64). The
 * purpose is bound, so a sealed API key cannot pass for a client secret.
 */
@Component
public class SecretBox {

    private final Optional<SealingKey> key;

    public SecretBox(@Value("${sambruk.egil.secret-key:}") String base64Key) {
        this.key = SealingKey.fromSetting("sambruk.egil.secret-key", base64Key);
    }

    public boolean configured() {
        return key.isPresent();
    }

    /** The key itself, for platform-schooldata's stored connection (it seals EGIL's client secrets under EGIL's key). */
    public Optional<SealingKey> sealingKey() {
        return key;
    }

    public String seal(String purpose, byte[] secret) {
        return key().seal(purpose, secret);
    }

    public String seal(String purpose, String secret) {
        return key().seal(purpose, secret);
    }

    public byte[] open(String purpose, String sealed) {
        return key().open(purpose, sealed);
    }

    public String openString(String purpose, String sealed) {
        return key().openString(purpose, sealed);
    }

    private SealingKey key() {
        return key.orElseThrow(() -> new IllegalStateException("No sambruk.egil.secret-key configured: EGIL cannot store secrets"));
    }
}
