package se.sambruk.core.security;

import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;

/**
 * Signs in a person whom the organisation's own OpenID Connect provider vouches for: the person
 * must exist here as a user of that same organisation (matched on username or e-mail), and gets
 * the roles granted here, never roles claimed by the provider.
 */
@Component
@EnableConfigurationProperties(OidcSettings.class)
class OrganisationOidcUserService extends OidcUserService {

    private final AppUsers users;
    private final Organisations organisations;
    private final OidcSettings settings;

    OrganisationOidcUserService(AppUsers users, Organisations organisations, OidcSettings settings) {
        this.users = users;
        this.organisations = organisations;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = super.loadUser(request);
        return signIn(vouched, request.getClientRegistration().getRegistrationId());
    }

    /** The local user whom the provider vouches for, with the roles granted here. */
    SambrukOidcUser signIn(OidcUser vouched, String registration) {
        long organisationId = organisationOf(registration)
                .orElseThrow(() -> refused("The provider " + registration + " is not connected to an organisation"));
        AppUser user = Optional.ofNullable(vouched.getPreferredUsername()).flatMap(users::findByUsernameIgnoreCase)
                .or(() -> Optional.ofNullable(vouched.getEmail()).flatMap(users::findFirstByEmailIgnoreCase))
                .filter(found -> found.getOrganisationId() == organisationId)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> refused("No user of this organisation matches the provider's account"));
        var authorities = user.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new SambrukOidcUser(user, authorities, vouched.getIdToken(), vouched.getUserInfo());
    }

    Optional<Long> organisationOf(String registrationId) {
        return Optional.ofNullable(settings.organisations().get(registrationId))
                .flatMap(key -> organisations.findByMunicipalityCode(key).or(() -> organisations.findByNameIgnoreCase(key)))
                .map(Organisation::getId);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
