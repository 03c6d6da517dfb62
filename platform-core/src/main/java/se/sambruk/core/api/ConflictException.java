package se.sambruk.core.api;

/** The request would duplicate what the register already holds (HTTP 409). */
class ConflictException extends RuntimeException {

    ConflictException(String message) {
        super(message);
    }
}
