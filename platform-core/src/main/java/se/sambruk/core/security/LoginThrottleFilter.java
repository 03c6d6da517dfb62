package se.sambruk.core.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;

/**
 * Before the password is checked: a sign-in that must still wait ({@link LoginThrottle}) is not
 * tried at all, and the login page says how long to wait. Every such refusal is audited.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> wait = throttle.wait(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            audit.record(AuditAction.LOGIN_THROTTLED, String.valueOf(username), null, "user", null, null,
                    "from " + request.getRemoteAddr() + ", wait " + seconds + " s");
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
