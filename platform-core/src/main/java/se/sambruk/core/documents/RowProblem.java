package se.sambruk.core.documents;

/**
 * Thrown by a row mapper (or by {@link ImportRow}'s readers) for a value that cannot be
 * imported; {@link ImportTable#map} turns it into a {@link RowError} and goes on with the next row.
 */
public class RowProblem extends RuntimeException {

    private final String column;

    public RowProblem(String column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
