package se.sambruk.core.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container or a handler leaves to the error page is answered in the
 * application's own format: the error page (in Swedish, with the layout) for browsers, and an
 * RFC 9457 problem detail like the API's ({@code application/problem+json}) under {@code /api/}
 * and for clients that ask for JSON. Nothing the request carried is echoed. Asked for directly,
 * with no error behind it, {@code /error} is a page that does not exist (404), never a 500 with
 * status 999. Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class AppErrorController implements ErrorController {

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (isApi(request) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return problem(status, request);
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, switch (status) {
            case NOT_FOUND -> "No such resource";
            case BAD_REQUEST -> "The request could not be read";
            case PAYLOAD_TOO_LARGE -> "The request is too large";
            case UNAUTHORIZED -> "Authentication is required";
            case FORBIDDEN -> "Access is denied";
            case METHOD_NOT_ALLOWED -> "The method is not allowed here";
            default -> status.is5xxServerError() ? "An unexpected error occurred" : status.getReasonPhrase();
        });
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE).body(detail);
    }

    /** The status of the error behind the request; 404 when there is none (the page asked for directly). */
    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        return List.of("/api/", "/oauth2/", "/open311/", "/actuator/").stream().anyMatch(path::startsWith);
    }
}
