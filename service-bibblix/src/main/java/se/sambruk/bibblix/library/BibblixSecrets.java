package se.sambruk.bibblix.library;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bibblix's two uses of its key ({@code sambruk.bibblix.secret-key}, 32 bytes in Base64): a keyed
 * hash of library cards (HMAC-SHA256 of the municipality and the card number, so the number is
 * never stored and the hash cannot be reversed by trying every card number without the key), and
 * sealing the SIP2 login passwords and the supplier's API key (AES-256-GCM, the purpose as
 * associated data). Two subkeys are derived from the key, one per use.
 */
@Component
public class BibblixSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] cardKey;
    private final SecretKeySpec sealKey;

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
        sealKey = new SecretKeySpec(hmac(key, "bibblix sealing"), "AES");
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
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public String open(String purpose, String sealed) {
        require();
        if (sealed == null || !sealed.startsWith("v1:")) {
            throw new IllegalArgumentException("Not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a sealed secret (wrong key or purpose)", e);
        }
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
