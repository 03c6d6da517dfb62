package se.sambruk.core.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.sambruk.core.SambrukPrincipal;

/** The signed-in user as Spring Security sees it; serialisable because sessions live in the database. */
final class SambrukUserDetails implements UserDetails, CredentialsContainer, SambrukPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final long organisationId;
    private final boolean enabled;
    private final boolean locked;
    private final List<SimpleGrantedAuthority> authorities;
    private String password;

    SambrukUserDetails(AppUser user, boolean locked) {
        this.userId = user.getId();
        this.username = user.getUsername();
        this.organisationId = user.getOrganisationId();
        this.enabled = user.isEnabled();
        this.locked = locked;
        this.password = user.getPasswordHash();
        this.authorities = user.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override public long userId() { return userId; }
    @Override public String username() { return username; }
    @Override public long organisationId() { return organisationId; }
    @Override public Collection<? extends GrantedAuthority> getAuthorities() { return authorities; }
    @Override public String getPassword() { return password; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled; }
    @Override public void eraseCredentials() { password = null; }

    @Override
    public boolean equals(Object other) {
        return other instanceof SambrukUserDetails details && details.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return username;
    }
}
