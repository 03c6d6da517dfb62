package se.sambruk.core.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import se.sambruk.core.web.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as an RFC 9457 problem detail. Bad input is always a 400 whose
 * {@code errors} name each field or parameter; only our own faults are a 500, and never with
 * their stack trace or message.
 *
 * <p>Deliberately not a {@code ResponseEntityExceptionHandler}: Boot would then drop its own
 * application-wide problem-detail handler, which still answers for requests that reach no
 * controller (an unknown path under /api, a method not allowed).
 *
 * <p>An API in another package gets the same answers by extending this class with an advice
 * for its own controllers (see the councils' API).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's application-wide ProblemDetailsExceptionHandler
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** One thing wrong with the request: a body field (dotted path) or a parameter name. */
    public record InvalidField(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException conflict) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
    }

    /** A unique index won a race that the checks before it could not see. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException violation) {
        log.info("Integrity violation in the API: {}", violation.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The request conflicts with the register's current data");
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException bad) {
        return badRequest(List.of(new InvalidField(bad.field(), bad.getMessage())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Access denied");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException exception) {
        return badRequest(exception.getBindingResult().getFieldErrors().stream().map(ApiErrors::invalidField).toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
        return badRequest(exception.getParameterValidationResults().stream().flatMap(ApiErrors::invalidFields).toList());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail typeMismatch(TypeMismatchException exception) {
        return badRequest(List.of(new InvalidField(exception.getPropertyName(), mustBe(exception.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
        return badRequest(List.of(new InvalidField(exception.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException exception) {
        InvalidField error = exception.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                ? new InvalidField(path(json), json instanceof MismatchedInputException mismatch
                        ? mustBe(mismatch.getTargetType()) : "is not valid")
                : new InvalidField("body", "must be a JSON object");
        return badRequest(List.of(error));
    }

    /** Spring MVC's other exceptions (405, 415, ...) carry their own problem detail; anything else is our fault. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception exception) {
        if (exception instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(known.getBody());
        }
        log.error("Unexpected error in the API", exception);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred"));
    }

    protected static ProblemDetail badRequest(List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields or parameters");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Stream<InvalidField> invalidFields(ParameterValidationResult result) {
        if (result instanceof ParameterErrors errors) { // a @Valid body or model attribute
            return errors.getFieldErrors().stream().map(ApiErrors::invalidField);
        }
        String name = parameterName(result.getMethodParameter());
        return result.getResolvableErrors().stream().map(error -> new InvalidField(name, error.getDefaultMessage()));
    }

    private static InvalidField invalidField(FieldError error) {
        return new InvalidField(error.getField(), error.getDefaultMessage());
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return parameter.getParameterName();
    }

    /** The field's path in the JSON body, as in {@code covers[2].name}. */
    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mustBe(Class<?> type) {
        if (type == null) {
            return "is not valid";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "must be one of ", ""));
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "must be a whole number";
        }
        return "must be a " + type.getSimpleName();
    }
}
