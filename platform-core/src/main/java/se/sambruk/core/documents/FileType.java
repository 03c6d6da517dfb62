package se.sambruk.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.springframework.http.MediaType;

/**
 * The kinds of file the platform accepts as attachments, each told by its content (magic bytes,
 * and for the office formats the parts inside the ZIP), never by the name a user gave it.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    /** Plain text in UTF-8 (no control characters but tab and line breaks). */
    TXT("text/plain", "txt"),
    /** Plain text in UTF-8 whose name ends in .csv. */
    CSV("text/csv", "csv");

    /** Letters, decisions and certificates: PDF, pictures, Word, Excel and OpenDocument, text. */
    public static final Set<FileType> DOCUMENTS = Set.copyOf(EnumSet.of(PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS, TXT));
    /** Photographs and scans. */
    public static final Set<FileType> IMAGES = Set.copyOf(EnumSet.of(JPEG, PNG));
    /** Files to import as tables. */
    public static final Set<FileType> TABLES = Set.copyOf(EnumSet.of(CSV, XLSX));

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public MediaType mediaType() {
        return MediaType.parseMediaType(contentType);
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension));
    }

    /** What the content is, if it is one of these types; the name only tells CSV from plain text. */
    public static Optional<FileType> sniff(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return office(content);
        }
        if (isText(content)) {
            return Optional.of(CSV.hasExtension(fileName) ? CSV : TXT);
        }
        return Optional.empty();
    }

    private static Optional<FileType> office(byte[] content) {
        // commons-compress (which POI brings) rather than java.util.zip: it reads the stored entries
        // with data descriptors that streaming writers (POI's SXSSF among them) produce
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (name.equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (type.equals(ODT.contentType)) {
                        return Optional.of(ODT);
                    }
                    if (type.equals(ODS.contentType)) {
                        return Optional.of(ODS);
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
