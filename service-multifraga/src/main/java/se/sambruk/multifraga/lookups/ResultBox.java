package se.sambruk.multifraga.lookups;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.sambruk.core.SealingKey;

/**
 * Seals what a look-up brings home (the household's numbers, each agency's answer) with the core's
 * {@link SealingKey} under {@code sambruk.multifraga.result-key} (32 bytes in Base64). The look-up's
 * id and the part's name are bound as the purpose, so an answer cannot be moved to another case.
 */
@Component
public class ResultBox {

    private final Optional<SealingKey> key;

    public ResultBox(@Value("${sambruk.multifraga.result-key:}") String base64Key) {
        this.key = SealingKey.fromSetting("sambruk.multifraga.result-key", base64Key);
    }

    public boolean configured() {
        return key.isPresent();
    }

    public String seal(String context, String plain) {
        return key().seal(context, plain);
    }

    public String open(String context, String sealed) {
        return key().openString(context, sealed);
    }

    private SealingKey key() {
        return key.orElseThrow(() -> new IllegalStateException("No sambruk.multifraga.result-key configured: Multifråga cannot keep answers"));
    }
}
