package se.sambruk.core.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;

/**
 * Counts failed logins for {@link LoginThrottle} (which slows guessing down; accounts are never
 * locked by failures, so nobody can lock another out), and writes logins, failures, logouts and
 * denials to the audit log.
 */
@Component
class LoginAttempts {

    private final AppUsers users;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;
    private final LoginThrottle throttle;

    LoginAttempts(AppUsers users, AuditLog audit, SecuritySettings settings, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A person signing in (a bearer token on an API call is no login: {@link LoginEventPublisher}). */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        CurrentUser.from(event.getAuthentication()).ifPresent(user -> {
            if (user.userId() != null) {
                users.recordSuccessfulLogin(user.userId(), clock.instant());
                audit.record(AuditAction.LOGIN_SUCCESS, user.name(), user.organisationId(), "user", user.userId(), user.organisationId(), null);
                throttle.succeeded(user.name(), address(event.getAuthentication()));
            }
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        var user = users.findByUsernameIgnoreCase(attempted);
        Long organisation = user.map(AppUser::getOrganisationId).orElse(null);
        audit.record(AuditAction.LOGIN_FAILURE, attempted, organisation, "user", user.map(AppUser::getId).orElse(null), organisation, reason);
        throttle.failed(attempted, address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        CurrentUser.from(event.getAuthentication()).ifPresent(user ->
                audit.record(AuditAction.LOGOUT, user.name(), user.organisationId(), "user", user.userId(), user.organisationId(), null));
    }

    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        CurrentUser.from(authentication).ifPresent(user -> audit.record(AuditAction.ACCESS_DENIED, user.name(), user.organisationId(),
                "request", describe(event.getSource()), null, null));
    }

    private static String describe(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof org.springframework.security.web.access.intercept.RequestAuthorizationContext context) {
            return context.getRequest().getMethod() + " " + context.getRequest().getRequestURI();
        }
        return source.getClass().getSimpleName();
    }
}
