package se.sambruk.core.residents.signin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdTokenRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    static final String ISSUER = "https://broker.example/oidc";

    static Map<String, Object> token() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", List.of("platform"));
        claims.put("exp", NOW.plusSeconds(300));
        claims.put("iat", NOW.minusSeconds(5));
        claims.put("nonce", "n-1");
        claims.put("auth_time", NOW.minusSeconds(10).getEpochSecond());
        return claims;
    }

    static void check(Map<String, Object> claims, Instant authenticatedAfter) {
        IdTokenRules.check(claims, ISSUER, "platform", "n-1", NOW, authenticatedAfter);
    }

    static void refused(Map<String, Object> claims, SignInFailure failure) {
        assertThatThrownBy(() -> check(claims, null)).isInstanceOf(SignInFailed.class)
                .extracting(thrown -> ((SignInFailed) thrown).failure()).isEqualTo(failure);
    }

    @Test
    void aGoodTokenPasses() {
        assertThatCode(() -> check(token(), null)).doesNotThrowAnyException();
        Map<String, Object> single = token();
        single.put("aud", "platform");
        assertThatCode(() -> check(single, null)).doesNotThrowAnyException();
    }

    @Test
    void eachRuleNamesItsFailure() {
        Map<String, Object> claims = token();
        claims.put("iss", "https://evil.example");
        refused(claims, SignInFailure.WRONG_ISSUER);

        claims = token();
        claims.put("aud", List.of("someone-else"));
        refused(claims, SignInFailure.WRONG_AUDIENCE);

        claims = token();
        claims.put("aud", List.of("platform", "other"));
        refused(claims, SignInFailure.WRONG_AUDIENCE);
        claims.put("azp", "platform");
        Map<String, Object> withAzp = claims;
        assertThatCode(() -> check(withAzp, null)).doesNotThrowAnyException();

        claims = token();
        claims.put("exp", NOW.minusSeconds(61));
        refused(claims, SignInFailure.EXPIRED);

        claims = token();
        claims.remove("exp");
        refused(claims, SignInFailure.EXPIRED);

        claims = token();
        claims.put("iat", NOW.plusSeconds(3600));
        refused(claims, SignInFailure.EXPIRED);

        claims = token();
        claims.put("nonce", "n-2");
        refused(claims, SignInFailure.NONCE_MISMATCH);

        claims = token();
        claims.remove("nonce");
        refused(claims, SignInFailure.NONCE_MISMATCH);
    }

    @Test
    void aMinuteOfClockSkewIsAllowed() {
        Map<String, Object> claims = token();
        claims.put("exp", NOW.minusSeconds(30));
        assertThatCode(() -> check(claims, null)).doesNotThrowAnyException();
    }

    @Test
    void aSignatureNeedsAnAuthenticationAfterTheRequest() {
        Map<String, Object> claims = token();
        assertThatCode(() -> check(claims, NOW.minusSeconds(20))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(claims, NOW.plusSeconds(120))).isInstanceOf(SignInFailed.class)
                .extracting(thrown -> ((SignInFailed) thrown).failure()).isEqualTo(SignInFailure.NOT_FRESH);
        claims.remove("auth_time");
        assertThatThrownBy(() -> check(claims, NOW.minusSeconds(20))).isInstanceOf(SignInFailed.class)
                .extracting(thrown -> ((SignInFailed) thrown).failure()).isEqualTo(SignInFailure.NOT_FRESH);
    }
}
