package se.sambruk.core.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class LoginEventPublisherTest {

    private final List<String> published = new ArrayList<>();
    private final LoginEventPublisher publisher = new LoginEventPublisher(new AuthenticationEventPublisher() {
        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            published.add("success " + authentication.getName());
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            published.add("failure " + authentication.getName());
        }
    });

    @Test
    void aPersonSigningInIsPublished() {
        publisher.publishAuthenticationSuccess(UsernamePasswordAuthenticationToken.authenticated("ale", null, List.of()));

        assertThat(published).containsExactly("success ale");
    }

    @Test
    void aBearerTokenOnAnApiCallIsNoLogin() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("demo-client")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        publisher.publishAuthenticationSuccess(new JwtAuthenticationToken(jwt));

        assertThat(published).isEmpty();
    }

    @Test
    void everyFailureIsPublished() {
        publisher.publishAuthenticationFailure(new BadCredentialsException("wrong"), UsernamePasswordAuthenticationToken.unauthenticated("ale", "x"));

        assertThat(published).containsExactly("failure ale");
    }
}
