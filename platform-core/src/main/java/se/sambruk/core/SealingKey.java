package se.sambruk.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals what a module must keep secret (client secrets, API keys, agency answers) with AES-256-GCM:
 * {@code v1:} and the Base64 of a random 12-byte IV followed by the ciphertext and its tag. The
 * purpose is bound as associated data, so a value sealed for one purpose cannot be opened as
 * another. Each module keeps its own key in its own setting, so one module's key opens nothing of
 * another's.
 */
public final class SealingKey {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SealingKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A sealing key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A key of 32 bytes (e.g. derived from a module's key for one use). */
    public static SealingKey of(byte[] key) {
        return new SealingKey(key);
    }

    /**
     * The key of a setting, 32 bytes in Base64 ({@code openssl rand -base64 32}); empty when the
     * setting is blank. A value of another length stops the start with the setting's name.
     */
    public static Optional<SealingKey> fromSetting(String settingName, String base64) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(settingName + " must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return Optional.of(new SealingKey(bytes));
    }

    public String seal(String purpose, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public String seal(String purpose, String plain) {
        return seal(purpose, plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens what {@link #seal} made for the same purpose; a wrong key, purpose or an altered value is refused. */
    public byte[] open(String purpose, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (in.length <= IV_BYTES) {
                throw new IllegalStateException("Not a sealed secret");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret could not be opened: wrong key, wrong purpose or altered", e);
        }
    }

    public String openString(String purpose, String sealed) {
        return new String(open(purpose, sealed), StandardCharsets.UTF_8);
    }
}
