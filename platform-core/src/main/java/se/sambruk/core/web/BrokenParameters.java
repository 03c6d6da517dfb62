package se.sambruk.core.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters Tomcat cannot read (more than it accepts, an upload over the size limits, a broken
 * form body) are answered in the application's format before anything else touches them. Left
 * alone, every later call for a parameter fails again, including those on the way to the error
 * page, and Tomcat falls back to its own English page. Here the request goes straight to the
 * application's error page ({@link AppErrorController}) with 413 (too large) or 400, carrying no
 * parameters at all.
 *
 * <p>It runs right after the character encoding filter ({@code HIGHEST_PRECEDENCE}): reading the
 * parameters fixes the body's encoding, so before it a form's å, ä and ö would be read as Latin-1.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BrokenParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status;
        try {
            request.getParameterMap();
            chain.doFilter(request, response);
            return;
        } catch (IllegalStateException | IllegalArgumentException broken) {
            status = tooLarge(broken) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
        }
        HttpServletRequest none = new WithoutParameters(request);
        none.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        none.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(none, response);
    }

    private static boolean tooLarge(Throwable failure) {
        if (failure instanceof org.apache.tomcat.util.http.InvalidParameterException tomcat && tomcat.getErrorCode() > 0) {
            return tomcat.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeException") || name.contains("SizeLimitExceeded") || name.contains("MaxUploadSize")) {
                return true;
            }
        }
        return false;
    }

    /** The request as the error page sees it: no parameters, no parts, a GET. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override public String getMethod() { return "GET"; }
        @Override public String getParameter(String name) { return null; }
        @Override public Map<String, String[]> getParameterMap() { return Map.of(); }
        @Override public Enumeration<String> getParameterNames() { return Collections.emptyEnumeration(); }
        @Override public String[] getParameterValues(String name) { return null; }
        @Override public java.util.Collection<Part> getParts() { return List.of(); }
        @Override public Part getPart(String name) { return null; }
        @Override public String getContentType() { return null; }
    }
}
