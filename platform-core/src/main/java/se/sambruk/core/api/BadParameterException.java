package se.sambruk.core.api;

/** A well-formed parameter whose value the register does not know (HTTP 400 naming the field). */
class BadParameterException extends RuntimeException {

    private final String field;

    BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
