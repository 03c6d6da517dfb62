package se.sambruk.core.documents;

/**
 * A file that cannot be read as a table at all (not CSV or XLSX, empty, no heading row, a column
 * missing, too many rows). The message is Swedish and meant for the user.
 */
public class UnreadableFile extends RuntimeException {

    public UnreadableFile(String message) {
        super(message);
    }

    public UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
