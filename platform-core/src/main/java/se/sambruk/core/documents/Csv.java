package se.sambruk.core.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * The platform's one CSV writer, for Swedish Excel and LibreOffice to open without an import
 * dialog: UTF-8 with a byte order mark (so å, ä and ö survive), semicolons between fields, lines
 * ending CR LF, a field quoted when it holds a semicolon, a quote or a line break (RFC 4180), and
 * every text passed through {@link FormulaGuard}. Numbers are written bare, decimals with a comma;
 * times in Swedish time ({@code 2026-12-07 14:05:00}).
 */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** The whole table as CSV bytes. */
    public static byte[] write(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(table, bytes);
        return bytes.toByteArray();
    }

    /** Writes the table to the stream (which stays open); returns the number of rows written. */
    public static long write(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, table.columns());
            long[] count = {0};
            table.rows().writeTo(cells -> {
                try {
                    line(writer, cells);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV", e);
        }
    }

    /** One field as it stands in the file: guarded, and quoted where needed. */
    public static String field(Object value) {
        if (value instanceof Number || value instanceof java.time.temporal.Temporal || value instanceof Boolean) {
            return Cells.text(value);
        }
        String text = FormulaGuard.guard(Cells.text(value));
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(',') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '))) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }
}
