package se.sambruk.membership.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as Swedish Excel and LibreOffice open it without an import dialog: UTF-8 with a byte order
 * mark (so å, ä and ö survive), semicolons between fields, texts quoted, whole numbers bare.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Csv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.matches("-?\\d{1,18}")) { // whole numbers stay numbers
                csv.append(field);
                continue;
            }
            // a leading =, +, - or @ would be a formula in a spreadsheet
            if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
                field = "'" + field;
            }
            csv.append('"').append(field.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
