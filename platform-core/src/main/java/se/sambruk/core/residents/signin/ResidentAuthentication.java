package se.sambruk.core.residents.signin;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The resident, as the residents' filter chain sees it for one request (authority
 * {@code ROLE_RESIDENT}). Made from the session attribute on each request and never stored:
 * the staff chains never see it, and {@code CurrentUser} finds no user in it.
 */
public final class ResidentAuthentication extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "ROLE_RESIDENT";

    private final SignedInResident resident;

    ResidentAuthentication(SignedInResident resident) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.resident = resident;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInResident getPrincipal() {
        return resident;
    }

    @Override
    public String getName() {
        return resident.actor();
    }
}
