package se.sambruk.core.documents;

/**
 * What is wrong with one row of an imported file: its row number as the spreadsheet shows it
 * (the heading row is 1), the column (may be null) and a message in Swedish.
 */
public record RowError(int row, String column, String message) {

    /** "Rad 7, personnummer: kontrollsiffran stämmer inte". */
    @Override
    public String toString() {
        return "Rad " + row + (column == null || column.isBlank() ? "" : ", " + column) + ": " + message;
    }
}
