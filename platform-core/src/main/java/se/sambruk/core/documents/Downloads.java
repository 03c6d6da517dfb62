package se.sambruk.core.documents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.sambruk.core.AuditLog;

/**
 * A download in one line from a controller: the file's bytes with its content type, an
 * {@code attachment} Content-Disposition with the name in UTF-8 (RFC 6266/5987, so å, ä and ö
 * survive) and an ASCII fallback, {@code nosniff} and no caching. A download that holds personal
 * data is written to the audit log as a read ({@code PERSONAL_DATA_READ}) with the number of rows.
 *
 * <pre>{@code
 * return downloads.csv("elever-9b.csv", table, PersonalData.of("uka.young_person", orgId, "class list 9B"));
 * return downloads.xlsx("kostnader-2026.xlsx", table);
 * }</pre>
 */
@Component
public class Downloads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final AuditLog audit;

    Downloads(AuditLog audit) {
        this.audit = audit;
    }

    /** A table as CSV, without personal data. */
    public ResponseEntity<byte[]> csv(String filename, Table table) {
        return csv(filename, table, null);
    }

    /** A table as CSV; the read is audited when {@code personalData} is given. */
    public ResponseEntity<byte[]> csv(String filename, Table table, PersonalData personalData) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        long rows = Csv.write(table, bytes);
        audit(personalData, filename, rows);
        return file(filename, Csv.MEDIA_TYPE, bytes.toByteArray());
    }

    /** Tables as a workbook (one sheet each), without personal data. */
    public ResponseEntity<byte[]> xlsx(String filename, Table... tables) {
        return xlsx(filename, null, tables);
    }

    /** Tables as a workbook; the read is audited when {@code personalData} is given. */
    public ResponseEntity<byte[]> xlsx(String filename, PersonalData personalData, Table... tables) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        long rows = Xlsx.write(bytes, tables);
        audit(personalData, filename, rows);
        return file(filename, Xlsx.MEDIA_TYPE, bytes.toByteArray());
    }

    /** A PDF document; the read is audited when {@code personalData} is given (may be null). */
    public ResponseEntity<byte[]> pdf(String filename, PdfDocument document, PersonalData personalData) {
        byte[] bytes = document.render();
        audit(personalData, filename, -1);
        return file(filename, PDF, bytes);
    }

    /** Any bytes as a download (the content type as given). Not audited: the caller knows what it holds. */
    public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename, true))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentLength(body.length)
                .body(body);
    }

    /**
     * {@code attachment; filename="..."; filename*=UTF-8''...}: the plain name has every
     * character outside printable ASCII replaced (å → a, others → _), the starred one the real
     * name; line breaks, quotes, slashes and backslashes never get through.
     */
    public static String contentDisposition(String filename, boolean attachment) {
        String name = FileNames.sanitise(filename);
        return (attachment ? "attachment" : "inline") + "; filename=\"" + FileNames.ascii(name) + "\"; filename*=UTF-8''"
                + FileNames.percentEncoded(name);
    }

    private void audit(PersonalData personalData, String filename, long rows) {
        if (personalData == null) {
            return;
        }
        String detail = (personalData.detail() == null ? "" : personalData.detail() + ", ")
                + "download " + FileNames.sanitise(filename) + (rows >= 0 ? ", " + rows + " rows" : "");
        audit.personalDataRead(personalData.targetType(), null, personalData.organisationId(), detail);
    }
}
