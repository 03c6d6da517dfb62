package se.sambruk.core.residents.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The checks of an ID token's claims once its signature holds (OpenID Connect Core 3.1.3.7):
 * the issuer we asked, our client id in the audience (and as {@code azp} when there are
 * several), not expired, issued not in the future, the nonce of our request, and, for a
 * signature, an authentication made after the request ({@code auth_time}, as {@code max_age=0}
 * demands). One minute's clock skew is allowed.
 */
final class IdTokenRules {

    static final Duration SKEW = Duration.ofSeconds(60);

    private IdTokenRules() {
    }

    /**
     * @param authenticatedAfter for a signature: the time the request was made; null for a sign-in
     * @throws SignInFailed with the first rule that does not hold
     */
    static void check(Map<String, Object> claims, String issuer, String clientId, String nonce, Instant now,
                      Instant authenticatedAfter) {
        if (!issuer.equals(claims.get("iss"))) {
            throw new SignInFailed(SignInFailure.WRONG_ISSUER, "iss " + claims.get("iss") + ", expected " + issuer);
        }
        List<String> audience = audience(claims.get("aud"));
        if (!audience.contains(clientId) || (audience.size() > 1 && !clientId.equals(claims.get("azp")))) {
            throw new SignInFailed(SignInFailure.WRONG_AUDIENCE, "aud " + audience);
        }
        Instant expires = instant(claims.get("exp"));
        if (expires == null || !now.isBefore(expires.plus(SKEW))) {
            throw new SignInFailed(SignInFailure.EXPIRED, "exp " + expires);
        }
        Instant issued = instant(claims.get("iat"));
        if (issued == null || issued.isAfter(now.plus(SKEW))) {
            throw new SignInFailed(SignInFailure.EXPIRED, "iat " + issued);
        }
        if (nonce == null || !nonce.equals(claims.get("nonce"))) {
            throw new SignInFailed(SignInFailure.NONCE_MISMATCH, "nonce");
        }
        if (authenticatedAfter != null) {
            Instant authTime = instant(claims.get("auth_time"));
            if (authTime == null || authTime.isBefore(authenticatedAfter.minus(SKEW))) {
                throw new SignInFailed(SignInFailure.NOT_FRESH, "auth_time " + authTime + " before " + authenticatedAfter);
            }
        }
    }

    private static List<String> audience(Object aud) {
        if (aud instanceof String single) {
            return List.of(single);
        }
        if (aud instanceof java.util.Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
