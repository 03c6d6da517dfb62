package se.sambruk.bibblix.library;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.sambruk.core.SealingKey;

/**
 * Bibblix's two uses of its key ({@code sambruk.bibblix.secret-key}, 32 bytes in Base64): a keyed
 * hash of library cards (HMAC-SHA256 of the municipality and the card number, so the number is
 * never stored and the hash cannot be reversed by trying every card number without the key), and
 * sealing the SIP2 login passwords and the supplier's API key (the core's {@link SealingKey}, the
 * purpose bound). Two subkeys are derived from the key, one per use.
 */
@Component
public class BibblixSecrets {

    private final byte[] cardKey;
    private final SealingKey sealKey;

    public BibblixSecrets(@Value("${sambruk.bibblix.secret-key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            cardKey = null;
            sealKey = null;
            return;
        }
        byte[] key = Base64.getDecoder().decode(base64Key.trim());
        if (key.length != 32) {
            throw new IllegalStateException("sambruk.bibblix.secret-key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        cardKey = hmac(key, "bibblix card hash");
        sealKey = SealingKey.of(hmac(key, "bibblix sealing"));
    }

    public boolean configured() {
        return cardKey != null;
    }

    /** The keyed hash of a card of a municipality's library (64 hex digits). */
    public String cardHash(long organisationId, String cardNumber) {
        require();
        return HexFormat.of().formatHex(hmac(cardKey, organisationId + ":" + cardNumber.strip()));
    }

    public String seal(String purpose, String secret) {
        require();
        return sealKey.seal(purpose, secret);
    }

    public String open(String purpose, String sealed) {
        require();
        return sealKey.openString(purpose, sealed);
    }

    private void require() {
        if (!configured()) {
            throw new IllegalStateException("Bibblix needs sambruk.bibblix.secret-key");
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
