package se.sambruk.core.residents.signin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import se.sambruk.core.residents.Residents;

/**
 * A visitor without a signed-in resident on a resident page: sent to sign in, and back afterwards.
 * A form posted after the session ended is kept (its fields, not the CSRF token) and offered to
 * the same resident after signing in again; htmx requests get {@code HX-Redirect}.
 */
@Component
public class ResidentEntryPoint implements AuthenticationEntryPoint {

    static final String CONTINUE_KEPT_FORM = "/e-tjanster/fortsatt";
    private static final int MAX_FIELDS = 200;
    private static final int MAX_CHARACTERS = 200_000;

    private final ResidentSession session;

    ResidentEntryPoint(ResidentSession session) {
        this.session = session;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String returnTo;
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            returnTo = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        } else if (session.endedResident(request).isPresent() && keep(request, path)) {
            returnTo = CONTINUE_KEPT_FORM;
        } else {
            returnTo = "/e-tjanster";
        }
        String target = request.getContextPath() + Residents.signInPath(returnTo)
                + (session.endedResident(request).isPresent() ? "&utgangen" : "");
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }

    /** Keeps a posted form's fields when they are of a sensible size; false when there were none to keep. */
    private boolean keep(HttpServletRequest request, String path) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (field.getKey().equals("_csrf")) {
                continue;
            }
            for (String value : field.getValue()) {
                characters += field.getKey().length() + value.length();
            }
            fields.put(field.getKey(), List.of(field.getValue()));
        }
        if (fields.isEmpty() || fields.size() > MAX_FIELDS || characters > MAX_CHARACTERS) {
            return false;
        }
        session.keepForm(request, new KeptForm(path, fields, session.endedResident(request).orElseThrow()));
        return true;
    }
}
