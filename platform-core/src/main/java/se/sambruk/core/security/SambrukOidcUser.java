package se.sambruk.core.security;

import java.io.Serial;
import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import se.sambruk.core.SambrukPrincipal;

/** A user who signed in through the organisation's own OpenID Connect provider. */
final class SambrukOidcUser extends DefaultOidcUser implements SambrukPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final long organisationId;

    SambrukOidcUser(AppUser user, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.userId = user.getId();
        this.username = user.getUsername();
        this.organisationId = user.getOrganisationId();
    }

    @Override public long userId() { return userId; }
    @Override public String username() { return username; }
    @Override public long organisationId() { return organisationId; }
    @Override public String getName() { return username; }
}
