package se.sambruk.core.residents.signin;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The security context of the residents' pages: a staff login in the session comes first (so a
 * staff session is refused the residents' pages with 403), else the signed-in resident as a
 * {@link ResidentAuthentication}, else nobody. Nothing is ever saved: the resident lives in its
 * own session attribute.
 */
@Component
public class ResidentSecurityContexts implements SecurityContextRepository {

    private final ResidentSession residents;

    ResidentSecurityContexts(ResidentSession residents) {
        this.residents = residents;
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    @Override
    public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<SecurityContext> context = () -> load(request);
        return new org.springframework.security.core.context.DeferredSecurityContext() {
            private SecurityContext loaded;

            @Override
            public SecurityContext get() {
                if (loaded == null) {
                    loaded = context.get();
                }
                return loaded;
            }

            @Override
            public boolean isGenerated() {
                return false;
            }
        };
    }

    private SecurityContext load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext staff && staff.getAuthentication() != null) {
            return staff;
        }
        return residents.current(request)
                .<SecurityContext>map(resident -> new SecurityContextImpl(new ResidentAuthentication(resident)))
                .orElseGet(SecurityContextHolder::createEmptyContext);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // never stored: the resident is a session attribute of its own, the staff login is stored by the staff chain
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return residents.current(request).isPresent();
    }
}
