package se.sambruk.core.documents;

/**
 * An upload that is not stored: too big, empty, or of a type not allowed. The message is Swedish
 * and meant for the user ("Filen är större än 10 MB."); {@link #reason()} is for code and tests.
 */
public class RefusedFile extends RuntimeException {

    public enum Reason { EMPTY, TOO_BIG, TYPE_NOT_ALLOWED }

    private final Reason reason;

    public RefusedFile(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
