package se.sambruk.uka.schooldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets UKA keeps (the SS 12000 client secret, the BEDA key) as EGIL seals its own:
 * AES-256-GCM under a key from configuration ({@code sambruk.uka.secret-key}, 32 bytes in Base64),
 * the purpose bound as associated data, so a sealed BEDA key cannot pass for a client secret.
 */
@Component
public class UkaSecrets {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public UkaSecrets(@Value("${sambruk.uka.secret-key:}") String base64Key) {
        this.key = base64Key == null || base64Key.isBlank() ? null : key(base64Key);
    }

    private static SecretKey key(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("sambruk.uka.secret-key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is configured; without one UKA stores no secret (the forms say so). */
    public boolean configured() {
        return key != null;
    }

    public String seal(String purpose, String secret) {
        requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public String open(String purpose, String sealed) {
        requireKey();
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret could not be opened: wrong key or altered", e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("No sambruk.uka.secret-key configured: UKA cannot store secrets");
        }
    }
}
