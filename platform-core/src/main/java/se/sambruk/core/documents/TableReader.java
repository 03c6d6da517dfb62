package se.sambruk.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded CSV or XLSX file as a table for an import. The format is told by the content,
 * not the name: a ZIP (XLSX) is read as a workbook (the first sheet, streamed with POI's SAX
 * reader, cells as Excel shows them); anything else as CSV: UTF-8 (with or without a byte order
 * mark) or, when it is not valid UTF-8, Windows-1252 (what Swedish Excel saves as "CSV"), the
 * separator that the heading row uses most of {@code ;}, {@code ,} and tab, quoted fields as in
 * RFC 4180. The first row holds the headings; empty rows are skipped.
 */
public final class TableReader {

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 200_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableReader() {
    }

    public static ImportTable read(byte[] content) {
        return read(content, MAX_ROWS);
    }

    /** Reads the file; {@link UnreadableFile} (Swedish message) when it is no table. */
    public static ImportTable read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new UnreadableFile("Filen är tom.");
        }
        List<Map.Entry<Integer, List<String>>> rows = isZip(content) ? xlsx(content, maxRows) : csv(content, maxRows);
        if (rows.isEmpty()) {
            throw new UnreadableFile("Filen är tom.");
        }
        List<String> header = rows.get(0).getValue().stream().map(ImportTable::key).toList();
        if (header.stream().allMatch(String::isEmpty)) {
            throw new UnreadableFile("Första raden ska ha kolumnernas namn.");
        }
        return new ImportTable(rows.get(0).getValue().stream().map(cell -> cell == null ? "" : cell.replace("\uFEFF", "").strip()).toList(),
                rows.subList(1, rows.size()));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    // ---- CSV ----

    static List<Map.Entry<Integer, List<String>>> csv(byte[] content, int maxRows) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFile("Filen är varken CSV eller XLSX.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(rows, rowStart, fields, maxRows);
                fields = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new UnreadableFile("Rad " + rowStart + ": ett citattecken avslutas aldrig.");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            add(rows, rowStart, fields, maxRows);
        }
        return rows;
    }

    private static void add(List<Map.Entry<Integer, List<String>>> rows, int number, List<String> fields, int maxRows) {
        if (fields.stream().allMatch(field -> field.isBlank())) {
            return;
        }
        if (rows.size() > maxRows) {
            throw new UnreadableFile("Filen har fler än " + maxRows + " rader.");
        }
        rows.add(new AbstractMap.SimpleImmutableEntry<>(number, List.copyOf(fields)));
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(content));
            return chars.toString();
        }
    }

    // ---- XLSX ----

    private static List<Map.Entry<Integer, List<String>>> xlsx(byte[] content, int maxRows) {
        List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); OPCPackage workbook = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("Arbetsboken har inget blad.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                DataFormatter formatter = new IsoDates();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(rows, maxRows), formatter, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile tooBigOrEmpty) {
            throw tooBigOrEmpty;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException notAWorkbook) {
            throw new UnreadableFile("Filen kan inte läsas som en Excel-arbetsbok (xlsx).", notAWorkbook);
        }
        return rows;
    }

    /** Dates in ISO form (2026-12-07, with the time when it has one), whatever the cell's date format says. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(new java.util.Locale("sv", "SE"));
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                java.time.LocalDateTime time = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                        : time.format(Cells.DATE_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Map.Entry<Integer, List<String>>> rows;
        private final int maxRows;
        private List<String> cells;

        Rows(List<Map.Entry<Integer, List<String>>> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            add(rows, rowNum + 1, cells, maxRows);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
