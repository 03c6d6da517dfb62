package se.sambruk.core.residents.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Starts the fresh authentication of a signature with the provider the resident signed in with. */
@Component
public class SigningStarts {

    private final ResidentOidcClient oidc;
    private final ResidentSession session;

    SigningStarts(ResidentOidcClient oidc, ResidentSession session) {
        this.oidc = oidc;
        this.session = session;
    }

    /** Keeps the authorization request and answers the provider's URL to redirect to. */
    public String start(HttpServletRequest request, String providerId, String returnTo, String signingToken, String sha256,
                        String summary) {
        String redirectUri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/e-tjanster/logga-in/{provider}/svar")
                .buildAndExpand(providerId).toUriString();
        ResidentOidcClient.Started started = oidc.start(providerId, redirectUri, returnTo, signingToken, sha256, summary);
        session.addPending(request, started.pending());
        return started.authorizationUrl();
    }
}
