package se.sambruk.core.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: a name (the sheet's name in a workbook), the column headings and the rows.
 * Cells are {@code String}, numbers ({@code Long}, {@code Integer}, {@code BigDecimal}, ...),
 * {@code LocalDate}, {@code LocalDateTime}, {@code Instant} (shown in Swedish time),
 * {@code Boolean} ("ja"/"nej") or {@code null} (empty). Rows are either a list in memory
 * ({@link #of}) or written by a callback as they are read ({@link #streamed}), so a big export
 * never holds every row at once.
 */
public record Table(String name, List<String> columns, Rows rows) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** Writes the rows into the sink, one {@link RowSink#row} call per row. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowSink sink);
    }

    /** Where the rows go. */
    public interface RowSink {
        void row(List<?> cells);

        default void row(Object... cells) {
            row(Arrays.asList(cells));
        }
    }

    /** A table whose rows are in memory. */
    public static Table of(String name, List<String> columns, List<? extends List<?>> rows) {
        List<List<?>> copy = new ArrayList<>(rows);
        return new Table(name, columns, sink -> copy.forEach(sink::row));
    }

    /**
     * A table whose rows a callback writes, for example from a JDBC row callback:
     * {@code Table.streamed("Rapporter", columns, sink -> jdbc.query(sql, rs -> { sink.row(rs.getLong(1), rs.getString(2)); }, orgId))}.
     */
    public static Table streamed(String name, List<String> columns, Rows rows) {
        return new Table(name, columns, rows);
    }
}
