package se.sambruk.core.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsTests {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void answersOurOwnFaultsWithAGeneric500() {
        ResponseEntity<ProblemDetail> response = errors.other(new IllegalStateException("password=secret at Foo.java:12"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getBody().getDetail()).isEqualTo("An unexpected error occurred");
        assertThat(response.getBody().getProperties()).isNullOrEmpty();
    }

    @Test
    void keepsTheProblemDetailOfSpringMvcExceptions() {
        ResponseEntity<ProblemDetail> response = errors.other(new HttpRequestMethodNotSupportedException("DELETE", java.util.List.of("GET")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(response.getHeaders().getAllow()).extracting(Object::toString).containsExactly("GET");
        assertThat(response.getBody().getStatus()).isEqualTo(405);
    }
}
