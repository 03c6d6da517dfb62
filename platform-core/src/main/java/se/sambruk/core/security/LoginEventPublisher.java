package se.sambruk.core.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Publishes the authentication events that mean something to {@link LoginAttempts}: every
 * failure, and the successes of people signing in. The bearer token accepted on each API call is
 * no login, and publishing its success cost a twentieth of an API call (listener look-up and the
 * event publication registry).
 */
final class LoginEventPublisher implements AuthenticationEventPublisher {

    private final AuthenticationEventPublisher events;

    LoginEventPublisher(AuthenticationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        if (!(authentication instanceof AbstractOAuth2TokenAuthenticationToken<?>)) {
            events.publishAuthenticationSuccess(authentication);
        }
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        events.publishAuthenticationFailure(exception, authentication);
    }
}
