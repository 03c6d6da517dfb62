package se.sambruk.core.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokensTest {

    private final BearerTokens tokens = new BearerTokens();

    @Test
    void readsTheTokenOfTheBearerSchemeInAnyCase() {
        assertThat(tokens.resolve(request("Bearer abc.DEF-_~+/9=="))).isEqualTo("abc.DEF-_~+/9==");
        assertThat(tokens.resolve(request("bearer abc"))).isEqualTo("abc");
        assertThat(tokens.resolve(request(null))).isNull();
        assertThat(tokens.resolve(request("Basic ZGVtbzpzZWNyZXQ="))).isNull();
    }

    @Test
    void refusesAMalformedToken() {
        for (String header : new String[] {"Bearer ", "Bearer", "Bearer a b", "Bearer =abc", "Bearer abc=d", "Bearer åäö", "Bearerabc"}) {
            assertThatThrownBy(() -> tokens.resolve(request(header))).as(header).isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceUntilItExpires() {
        AtomicInteger verifications = new AtomicInteger();
        Instant expiry = Instant.parse("2026-11-27T10:10:00Z");
        JwtDecoder verifier = token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("demo-client")
                    .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).build();
        };
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);

        cache.decode("t1");
        cache.decode("t1");
        assertThat(verifications).hasValue(1);
        cache.decode("t2");
        assertThat(verifications).hasValue(2);
        clock.now = expiry;
        cache.decode("t1");
        assertThat(verifications).as("an expired token goes to the verifier again").hasValue(3);
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organisations");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
