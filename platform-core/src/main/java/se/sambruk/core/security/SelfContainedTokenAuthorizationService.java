package se.sambruk.core.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no record of issued tokens. Only the client-credentials grant is enabled, and its access
 * tokens are short-lived signed JWTs that the resource server verifies on its own, so a stored
 * copy would only grow (in memory, the default, without bound). The price: no revocation or
 * introspection endpoint; disabling a client stops new tokens at once and old ones expire
 * within {@code sambruk.security.access-token-ttl}.
 */
class SelfContainedTokenAuthorizationService implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // deliberately nothing: see the class comment
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // deliberately nothing: see the class comment
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
