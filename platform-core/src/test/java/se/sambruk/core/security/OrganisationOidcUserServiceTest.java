package se.sambruk.core.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.util.ReflectionTestUtils;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An organisation's own OpenID Connect provider signs in only that organisation's users. */
class OrganisationOidcUserServiceTest {

    private final AppUsers users = mock(AppUsers.class);
    private final Organisations organisations = mock(Organisations.class);
    private final OrganisationOidcUserService service =
            new OrganisationOidcUserService(users, organisations, new OidcSettings(Map.of("malmo-idp", "1280")));

    @Test
    void signsInTheLocalUserOfTheProvidersOrganisationWithLocalRoles() {
        Organisation malmo = organisation(7L, "Malmö");
        when(organisations.findByMunicipalityCode("1280")).thenReturn(Optional.of(malmo));
        AppUser user = user(11L, "maja", 7L, "CASEWORKER");
        when(users.findByUsernameIgnoreCase("maja")).thenReturn(Optional.of(user));

        SambrukOidcUser signedIn = service.signIn(vouched("maja", "maja@malmo.se"), "malmo-idp");

        assertThat(signedIn.organisationId()).isEqualTo(7L);
        assertThat(signedIn.userId()).isEqualTo(11L);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASEWORKER");
    }

    @Test
    void refusesAUserOfAnotherOrganisation() {
        when(organisations.findByMunicipalityCode("1280")).thenReturn(Optional.of(organisation(7L, "Malmö")));
        when(users.findByUsernameIgnoreCase("kim")).thenReturn(Optional.of(user(12L, "kim", 8L, "ORG_ADMIN")));

        assertThatThrownBy(() -> service.signIn(vouched("kim", null), "malmo-idp"))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void refusesAProviderThatIsNotConnectedToAnOrganisation() {
        when(organisations.findByMunicipalityCode(anyString())).thenReturn(Optional.empty());
        when(organisations.findByNameIgnoreCase(anyString())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.signIn(vouched("maja", null), "unknown-idp"))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void matchesOnEmailWhenTheUsernameIsUnknown() {
        when(organisations.findByMunicipalityCode("1280")).thenReturn(Optional.of(organisation(7L, "Malmö")));
        when(users.findByUsernameIgnoreCase("m.h")).thenReturn(Optional.empty());
        when(users.findFirstByEmailIgnoreCase("maja@malmo.se")).thenReturn(Optional.of(user(11L, "maja", 7L, "CASEWORKER")));

        assertThat(service.signIn(vouched("m.h", "maja@malmo.se"), "malmo-idp").username()).isEqualTo("maja");
    }

    private static DefaultOidcUser vouched(String preferredUsername, String email) {
        var claims = new java.util.HashMap<String, Object>();
        claims.put("sub", "subject-1");
        claims.put("preferred_username", preferredUsername);
        if (email != null) {
            claims.put("email", email);
        }
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(Set.of(), token);
    }

    private static Organisation organisation(long id, String name) {
        Organisation organisation = new Organisation(OrganisationType.MUNICIPALITY, name);
        ReflectionTestUtils.setField(organisation, "id", id);
        return organisation;
    }

    private static AppUser user(long id, String username, long organisationId, String role) {
        AppUser user = new AppUser(username, username, organisationId);
        ReflectionTestUtils.setField(user, "id", id);
        user.getRoles().add(role);
        return user;
    }
}
