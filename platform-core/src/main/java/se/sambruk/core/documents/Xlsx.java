package se.sambruk.core.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * The platform's one XLSX writer. Streams (Apache POI's SXSSF keeps 100 rows in memory and the
 * rest in a temporary file that is deleted afterwards), so a sheet of a million rows costs no
 * more memory than one of a hundred. Texts are string cells, never formulas; a text that a
 * spreadsheet could take for a formula ({@link FormulaGuard#risky}) also gets Excel's quote
 * prefix, so it stays text even when someone edits the cell. Numbers are numeric cells
 * ({@code BigDecimal} with two decimals shown when its scale is 2), dates and times date cells
 * in Swedish time, the first row bold and frozen.
 */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int ROWS_IN_MEMORY = 100;
    /** Excel's limit per sheet; more rows continue on a next sheet of the same name with a number. */
    static final int MAX_ROWS = 1_048_576;

    private Xlsx() {
    }

    /** A workbook with one sheet per table. */
    public static byte[] write(Table... tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, tables);
        return bytes.toByteArray();
    }

    /** Writes the workbook to the stream (which stays open); returns the number of rows written (headings not counted). */
    public static long write(OutputStream out, Table... tables) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            long count = 0;
            for (Table table : tables) {
                count += sheet(workbook, styles, table);
            }
            workbook.write(out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone (dispose)
            }
        }
    }

    private static long sheet(SXSSFWorkbook workbook, Styles styles, Table table) {
        String base = WorkbookUtil.createSafeSheetName(table.name().isBlank() ? "Blad" : table.name());
        SXSSFSheet[] sheet = {newSheet(workbook, styles, base, table.columns())};
        long[] written = {0};
        int[] next = {1};
        table.rows().writeTo(cells -> {
            if (next[0] >= MAX_ROWS) {
                sheet[0] = newSheet(workbook, styles, WorkbookUtil.createSafeSheetName(base + " " + (workbook.getNumberOfSheets() + 1)),
                        table.columns());
                next[0] = 1;
            }
            Row row = sheet[0].createRow(next[0]++);
            for (int column = 0; column < cells.size(); column++) {
                value(row.createCell(column), cells.get(column), styles);
            }
            written[0]++;
        });
        return written[0];
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, Styles styles, String name, List<String> columns) {
        String unique = name;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            unique = WorkbookUtil.createSafeSheetName(name + " " + n);
        }
        SXSSFSheet sheet = workbook.createSheet(unique);
        Row header = sheet.createRow(0);
        for (int column = 0; column < columns.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(columns.get(column));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column, Math.min(60, Math.max(10, columns.get(column).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void value(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            if (decimal.scale() == 2) {
                cell.setCellStyle(styles.twoDecimals);
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool ? "ja" : "nej");
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(Cells.local(instant));
            cell.setCellStyle(styles.dateTime);
        } else {
            String text = Cells.text(value);
            if (text.length() > 32_767) {
                text = text.substring(0, 32_767); // Excel's limit per cell
            }
            cell.setCellValue(text);
            if (FormulaGuard.risky(text)) {
                cell.setCellStyle(styles.quotePrefixed);
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle twoDecimals;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle quotePrefixed;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setQuotePrefixed(true);
            var formats = workbook.createDataFormat();
            twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(formats.getFormat("#,##0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
            quotePrefixed = workbook.createCellStyle();
            quotePrefixed.setQuotePrefixed(true);
        }
    }
}
