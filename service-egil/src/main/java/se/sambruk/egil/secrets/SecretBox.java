package se.sambruk.egil.secrets;

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
 * Seals the secrets EGIL keeps (client secrets, API keys, client certificates) with AES-256-GCM
 * under a key from configuration ({@code sambruk.egil.secret-key}, 32 bytes in Base64). The
 * purpose is bound as associated data, so a sealed API key cannot pass for a client secret.
 */
@Component
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(@Value("${sambruk.egil.secret-key:}") String base64Key) {
        this.key = base64Key == null || base64Key.isBlank() ? null : key(base64Key);
    }

    private static SecretKey key(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("sambruk.egil.secret-key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public boolean configured() {
        return key != null;
    }

    public String seal(String purpose, byte[] secret) {
        requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public String seal(String purpose, String secret) {
        return seal(purpose, secret.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] open(String purpose, String sealed) {
        requireKey();
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret could not be opened: wrong key or altered", e);
        }
    }

    public String openString(String purpose, String sealed) {
        return new String(open(purpose, sealed), StandardCharsets.UTF_8);
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("No sambruk.egil.secret-key configured: EGIL cannot store secrets");
        }
    }
}
