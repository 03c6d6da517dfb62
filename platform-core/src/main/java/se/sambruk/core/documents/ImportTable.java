package se.sambruk.core.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An uploaded table as {@link TableReader} read it: the column headings and the data rows (empty
 * rows left out).
 *
 * <pre>{@code
 * ImportTable table = TableReader.read(file.getBytes(), file.getOriginalFilename()).requireColumns("personnummer", "namn");
 * ImportResult<Pupil> result = table.map(row -> new Pupil(Pnr.parse(row.required("personnummer")), row.required("namn")));
 * if (!result.ok()) { model.addAttribute("errors", result.errors()); } else { pupils.saveAll(result.values()); }
 * }</pre>
 */
public final class ImportTable {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<ImportRow> rows;

    ImportTable(List<String> columns, List<Map.Entry<Integer, List<String>>> rows) {
        this.columns = List.copyOf(columns);
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byKey.putIfAbsent(key(columns.get(i)), i);
        }
        this.index = Collections.unmodifiableMap(byKey);
        List<ImportRow> data = new ArrayList<>(rows.size());
        for (Map.Entry<Integer, List<String>> row : rows) {
            data.add(new ImportRow(row.getKey(), index, row.getValue()));
        }
        this.rows = List.copyOf(data);
    }

    static String key(String column) {
        return column == null ? "" : column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    public List<String> columns() {
        return columns;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return index.containsKey(key(column));
    }

    /** This table, or {@link UnreadableFile} naming the columns that are missing. */
    public ImportTable requireColumns(String... required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!hasColumn(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFile("Filen saknar " + (missing.size() == 1 ? "kolumnen " : "kolumnerna ")
                    + String.join(", ", missing) + " i första raden.");
        }
        return this;
    }

    /**
     * Every row through the mapper. A {@link RowProblem} (or an {@link IllegalArgumentException},
     * whose message is then shown) becomes that row's {@link RowError} and the next row is read;
     * a null from the mapper leaves the row out.
     */
    public <T> ImportResult<T> map(Function<ImportRow, T> mapper) {
        List<T> values = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                T value = mapper.apply(row);
                if (value != null) {
                    values.add(value);
                }
            } catch (RowProblem problem) {
                errors.add(new RowError(row.number(), problem.column(), problem.getMessage()));
            } catch (IllegalArgumentException invalid) {
                errors.add(new RowError(row.number(), null, invalid.getMessage() == null ? "ogiltigt värde" : invalid.getMessage()));
            }
        }
        return new ImportResult<>(values, errors);
    }
}
