package se.sambruk.fixamingata.open311;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps every answer under {@code /open311/} in GeoReport v2's format, whatever fails and where:
 * a body that is not UTF-8, a method other than GET and POST (405 with {@code Allow}), an unknown
 * path, an unacceptable media type, or an error of the framework that would otherwise answer with
 * its own JSON or problem document. The controller's own answers pass untouched.
 */
@Configuration(proxyBeanMethods = false)
class Open311Envelope {

    private static final Logger log = LoggerFactory.getLogger(Open311Envelope.class);

    /** Set by the controller on every answer it makes itself, errors included. */
    static final String ANSWERED = Open311Envelope.class.getName() + ".answered";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> open311EnvelopeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                envelope(request, response, chain);
            }
        });
        registration.addUrlPatterns("/open311/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1); // around Spring Security and MVC
        return registration;
    }

    static void envelope(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            write(response, format, HttpStatus.METHOD_NOT_ALLOWED.value(), "Method " + request.getMethod() + " is not allowed: use GET or POST");
            return;
        }
        try {
            request.getParameterMap(); // parsed here, so that a body in another encoding is refused in our format
        } catch (RuntimeException unreadable) {
            write(response, format, HttpStatus.BAD_REQUEST.value(), "The parameters could not be read: send them URL-encoded in UTF-8");
            return;
        }
        Captured captured = new Captured(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException failed) {
            log.warn("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), failed);
            captured.failed(HttpStatus.INTERNAL_SERVER_ERROR.value());
        }
        int status = captured.getStatus();
        if (status >= 400 && request.getAttribute(ANSWERED) == null) {
            captured.resetBuffer();
            captured.setContentType(format.mediaType().toString());
            captured.getOutputStream().write(format.errorBody(status, reason(status, request)));
        }
        captured.copyBodyToResponse();
    }

    private static String reason(int status, HttpServletRequest request) {
        return switch (status) {
            case 404 -> "Not found: " + request.getRequestURI() + " (paths end in .xml or .json)";
            case 405 -> "Method " + request.getMethod() + " is not allowed here";
            case 406 -> "The answer comes as text/xml or application/json, by the path's ending";
            case 413 -> "The request is too large";
            case 415 -> "Send the parameters as application/x-www-form-urlencoded";
            case 500 -> "The server failed to answer; try again later";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "Error " + status : known.getReasonPhrase();
            }
        };
    }

    private static void write(HttpServletResponse response, Open311Format format, int status, String description) throws IOException {
        response.setStatus(status);
        response.setContentType(format.mediaType().toString());
        response.getOutputStream().write(format.errorBody(status, description));
    }

    /** The answer kept back until we know whether it is in our format; errors sent by the framework are kept too. */
    private static final class Captured extends ContentCachingResponseWrapper {

        Captured(HttpServletResponse response) {
            super(response);
        }

        void failed(int status) {
            if (!isCommitted()) {
                resetBuffer();
                setStatus(status);
            }
        }

        @Override
        public void sendError(int status) {
            setStatus(status);
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
        }
    }
}
