package se.sambruk.core.councils;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sambruk.core.web.NotFoundException;

/**
 * The council API's errors as RFC 9457 problems, in the same shape as the core API's: bad input is
 * a 400 whose {@code errors} name each field; a refusal by the rules of a round (closed, proxy
 * given) is a 409; never the rejected value back.
 */
@RestControllerAdvice(assignableTypes = CouncilApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CouncilApiErrors {

    record InvalidField(String field, String message) {
    }

    /** Collects the field errors of one request. */
    static class Invalid extends RuntimeException {
        private final List<InvalidField> errors = new ArrayList<>();

        Invalid() {
            super("invalid input", null, false, false);
        }

        static Invalid of(String field, String message) {
            Invalid invalid = new Invalid();
            invalid.add(field, message);
            return invalid;
        }

        void add(String field, String message) {
            errors.add(new InvalidField(field, message));
        }

        String text(String field, String value, int max) {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                add(field, "is required");
            } else if (text.length() > max) {
                add(field, "must be at most " + max + " characters");
            }
            return text;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw this;
            }
        }
    }

    @ExceptionHandler(Invalid.class)
    ProblemDetail invalid(Invalid invalid) {
        return badRequest(invalid.errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return badRequest(List.of(new InvalidField("body", "must be a JSON object with fields of the documented types")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refusedInput(IllegalArgumentException refused) {
        return badRequest(List.of(new InvalidField("body", refused.getMessage())));
    }

    /** The round's rules refuse the vote now (not open, proxy given ...): the message is a key, never input. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The council's rules refuse this now");
        problem.setProperty("reason", refused.getMessage());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Access denied");
    }

    private static ProblemDetail badRequest(List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields or parameters");
        problem.setProperty("errors", errors);
        return problem;
    }
}
