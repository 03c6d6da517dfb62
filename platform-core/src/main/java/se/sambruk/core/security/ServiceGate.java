package se.sambruk.core.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;

/** Lets a request into a service module's paths only for users of a subscribing organisation. */
@Component
class ServiceGate {

    private final ServiceAccess access;

    ServiceGate(ServiceAccess access) {
        this.access = access;
    }

    AuthorizationManager<RequestAuthorizationContext> forService(String serviceCode) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                return new AuthorizationDecision(CurrentUser.from(authentication.get())
                        .map(user -> access.mayUse(user, serviceCode))
                        .orElse(false));
            }
        };
    }
}
