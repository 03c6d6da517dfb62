package se.sambruk.core.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;

/**
 * Counts failed logins (locking the account after too many), and writes logins, failures,
 * logouts and denials to the audit log.
 */
@Component
class LoginAttempts {

    private final AppUsers users;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginAttempts(AppUsers users, AuditLog audit, SecuritySettings settings, Clock clock) {
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
                users.findById(user.userId()).ifPresent(found -> {
                    found.registerSuccessfulLogin(clock.instant());
                    users.save(found);
                });
                audit.record(AuditAction.LOGIN_SUCCESS, user.name(), user.organisationId(), "user", user.userId(), user.organisationId(), null);
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
        user.filter(found -> !found.isLockedAt(clock.instant()))
                .filter(found -> found.registerFailedLogin(settings.maxFailedLogins(), settings.lockout(), clock.instant()))
                .ifPresent(locked -> audit.record(AuditAction.ACCOUNT_LOCKED, attempted, organisation, "user", locked.getId(), organisation,
                        "locked for " + settings.lockout()));
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
