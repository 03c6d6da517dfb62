package se.sambruk.core.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of an uploaded table: its row number as the spreadsheet shows it (the heading row
 * is 1, so the first data row is 2; in a CSV file, the line number) and its cells by column
 * heading (case and surrounding spaces ignored). The readers throw {@link RowProblem} with a
 * Swedish message, which {@link ImportTable#map} collects.
 */
public final class ImportRow {

    private final int number;
    private final Map<String, Integer> columns;
    private final List<String> cells;

    ImportRow(int number, Map<String, Integer> columns, List<String> cells) {
        this.number = number;
        this.columns = columns;
        this.cells = cells;
    }

    public int number() {
        return number;
    }

    /** The cells in the file's column order. */
    public List<String> cells() {
        return cells;
    }

    /** The stripped text of the column, empty when the cell is empty or the column absent. */
    public String text(String column) {
        Integer index = columns.get(ImportTable.key(column));
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).strip();
    }

    /** The text, or a {@link RowProblem} "saknas" when it is empty. */
    public String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new RowProblem(column, "saknas");
        }
        return text;
    }

    public Optional<String> optional(String column) {
        String text = text(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A date written 2026-12-07 (also 20261207 and 2026-12-07 00:00); empty → null. */
    public LocalDate date(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        String date = text.length() > 10 && text.charAt(4) == '-' ? text.substring(0, 10) : text;
        if (date.matches("\\d{8}")) {
            date = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new RowProblem(column, "\"" + shorten(text) + "\" är inget datum (skriv 2026-12-07)");
        }
    }

    /** A whole number (spaces as thousands separators allowed); empty → null. */
    public Long integer(String column) {
        String text = text(column).replaceAll("[\\s\u00a0]", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.endsWith(",0") || text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, "\"" + shorten(text) + "\" är inget heltal");
        }
    }

    /** A decimal number, comma or point, spaces as thousands separators allowed; empty → null. */
    public BigDecimal decimal(String column) {
        String text = text(column).replaceAll("[\\s\u00a0]", "").replace('\u2212', '-');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new RowProblem(column, "\"" + shorten(text) + "\" är inget tal");
        }
    }

    /** A problem with this row, for the mapper's own checks: {@code throw row.problem("klass", "finns inte")}. */
    public RowProblem problem(String column, String message) {
        return new RowProblem(column, message);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
