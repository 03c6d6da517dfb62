package se.sambruk.core.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Input a handler cannot read (a word where a number or date belongs, a missing parameter, a body
 * that is not JSON) is the sender's mistake: 400, answered by the application's error page (the
 * friendly page for browsers, Boot's error JSON for other clients), which never repeats what was
 * sent. Without this, Spring's problem detail would quote the rejected value back, script and all.
 * The API's own controllers answer with their own problem details ({@code ApiErrors}, first).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class})
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
