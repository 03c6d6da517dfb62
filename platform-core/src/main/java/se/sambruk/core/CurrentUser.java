package se.sambruk.core;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is asking: a person signed in to the browser, or a machine client with a token. Every
 * query a user triggers is scoped to {@link #organisationId()}.
 *
 * @param userId null for a machine client
 * @param name the username, or the client id of a machine client
 */
public record CurrentUser(Long userId, String name, long organisationId, Set<String> authorities) {

    /** The JWT claim that carries a machine client's organisation. */
    public static final String ORGANISATION_CLAIM = "org_id";

    public static Optional<CurrentUser> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public static Optional<CurrentUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        if (authentication.getPrincipal() instanceof SambrukPrincipal principal) {
            return Optional.of(new CurrentUser(principal.userId(), principal.username(), principal.organisationId(), authorities));
        }
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().hasClaim(ORGANISATION_CLAIM)) {
            Number organisation = token.getToken().getClaim(ORGANISATION_CLAIM);
            return Optional.of(new CurrentUser(null, token.getName(), organisation.longValue(), authorities));
        }
        return Optional.empty();
    }

    public boolean hasRole(String role) {
        return authorities.contains("ROLE_" + role);
    }

    public boolean isStaff() {
        return hasRole(Roles.SAMBRUK_ADMIN);
    }
}
