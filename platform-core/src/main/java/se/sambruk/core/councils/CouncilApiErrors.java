package se.sambruk.core.councils;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sambruk.core.api.ApiErrors;

/**
 * The council API's errors as RFC 9457 problems, in the same shape as the core API's: bad input is
 * a 400 whose {@code errors} name each field; a refusal by the rules of a round (closed, proxy
 * given) is a 409; never the rejected value back. Everything else is answered as by the core API
 * ({@link ApiErrors}).
 */
@RestControllerAdvice(assignableTypes = CouncilApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CouncilApiErrors extends ApiErrors {

    /** Collects the field errors of one request. */
    static class Invalid extends RuntimeException {
        private final List<ApiErrors.InvalidField> errors = new ArrayList<>();

        Invalid() {
            super("invalid input", null, false, false);
        }

        static Invalid of(String field, String message) {
            Invalid invalid = new Invalid();
            invalid.add(field, message);
            return invalid;
        }

        void add(String field, String message) {
            errors.add(new ApiErrors.InvalidField(field, message));
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

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refusedInput(IllegalArgumentException refused) {
        return badRequest(List.of(new ApiErrors.InvalidField("body", refused.getMessage())));
    }

    /** The round's rules refuse the vote now (not open, proxy given ...): the message is a key, never input. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The council's rules refuse this now");
        problem.setProperty("reason", refused.getMessage());
        return problem;
    }
}
