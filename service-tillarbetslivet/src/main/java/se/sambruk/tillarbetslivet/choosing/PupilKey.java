package se.sambruk.tillarbetslivet.choosing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sambruk.core.PersonalIdentityNumber;

/**
 * The keyed hash that finds a pupil by the personnummer of their e-legitimation without storing
 * the number: HMAC-SHA256 of the twelve digits under {@code sambruk.tillarbetslivet.pupil-key}
 * (32 bytes in Base64). Without the key the hash cannot be reversed by trying every number of a
 * birth date. With no key set, pupils cannot be matched (the class list refuses the column and the
 * e-service says so).
 */
@Component
public class PupilKey {

    private final byte[] key;

    PupilKey(@Value("${sambruk.tillarbetslivet.pupil-key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            key = null;
            return;
        }
        key = Base64.getDecoder().decode(base64Key.trim());
        if (key.length != 32) {
            throw new IllegalStateException("sambruk.tillarbetslivet.pupil-key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
    }

    public boolean configured() {
        return key != null;
    }

    /** The number's keyed hash (64 hex digits), empty without a key. */
    public Optional<String> hash(PersonalIdentityNumber number) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(("pupil:" + number.value()).getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
