package se.sambruk.schooldata;

/** One object of the source that cannot be used, with a message an administrator understands. */
public class BadObjectException extends RuntimeException {

    public BadObjectException(String message) {
        super(message);
    }
}
