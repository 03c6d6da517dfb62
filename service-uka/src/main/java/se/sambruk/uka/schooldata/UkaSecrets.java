package se.sambruk.uka.schooldata;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.sambruk.core.SealingKey;

/**
 * Seals the secrets UKA keeps (the SS 12000 client secret, the BEDA key) with the core's
 * {@link SealingKey} under UKA's own key ({@code sambruk.uka.secret-key}, 32 bytes in Base64), the
 * purpose bound, so a sealed BEDA key cannot pass for a client secret.
 */
@Component
public class UkaSecrets {

    private final Optional<SealingKey> key;

    public UkaSecrets(@Value("${sambruk.uka.secret-key:}") String base64Key) {
        this.key = SealingKey.fromSetting("sambruk.uka.secret-key", base64Key);
    }

    /** Whether a key is configured; without one UKA stores no secret (the forms say so). */
    public boolean configured() {
        return key.isPresent();
    }

    /** The key itself, for platform-schooldata's stored connection (the SS 12000 client secret). */
    public Optional<SealingKey> sealingKey() {
        return key;
    }

    public String seal(String purpose, String secret) {
        return key().seal(purpose, secret);
    }

    public String open(String purpose, String sealed) {
        return key().openString(purpose, sealed);
    }

    private SealingKey key() {
        return key.orElseThrow(() -> new IllegalStateException("No sambruk.uka.secret-key configured: UKA cannot store secrets"));
    }
}
