package se.sambruk.core.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A PDF document (a decision letter, a certificate, minutes, a case file's print) built from a
 * small model: title, lines of facts, headings, paragraphs, tables, signature lines and a footer
 * on each page with the page number. A4, the text in Liberation Sans (metric-compatible with
 * Arial), embedded and subset, so every character Swedish needs renders, Sami letters and
 * {@code –}, {@code €} included, in any viewer. Every text is plain text; nothing is interpreted.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.titled("Beslut om ekonomiskt bistånd").fact("Diarienummer", "MF 2026/17")
 *         .heading("Beslut").paragraph("Du beviljas ...").signature("Anna Andersson, handläggare").render();
 * }</pre>
 */
public final class PdfDocument {

    private static final BaseFont FONT = loadFont();
    private static final float MARGIN = 56;

    private final String title;
    private final List<Part> parts = new ArrayList<>();
    private String footer = "";
    private String author = "Sambruk";

    private PdfDocument(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A document with a title, shown at the top and stored as the PDF's title. */
    public static PdfDocument titled(String title) {
        return new PdfDocument(title);
    }

    /** A line under the title in smaller type (the organisation, a date). */
    public PdfDocument subtitle(String text) {
        parts.add(new Text(text, Style.SUBTITLE));
        return this;
    }

    /** A fact as "label: value" (diarienummer, datum, mottagare). */
    public PdfDocument fact(String label, Object value) {
        parts.add(new Fact(label, value == null ? "" : Cells.text(value)));
        return this;
    }

    public PdfDocument heading(String text) {
        parts.add(new Text(text, Style.HEADING));
        return this;
    }

    /** A paragraph; line breaks in the text stay line breaks. */
    public PdfDocument paragraph(String text) {
        parts.add(new Text(text, Style.BODY));
        return this;
    }

    /** A table with a heading row (repeated on each page); cells as in {@link Table}. */
    public PdfDocument table(List<String> columns, List<? extends List<?>> rows) {
        parts.add(new Grid(List.copyOf(columns), new ArrayList<>(rows)));
        return this;
    }

    /** A line to sign on, with the name (and role) below it, and the place and date line above. */
    public PdfDocument signature(String nameAndRole) {
        parts.add(new Signature(nameAndRole));
        return this;
    }

    /** A small text at the foot of each page, before the page number. */
    public PdfDocument footer(String text) {
        this.footer = text == null ? "" : text;
        return this;
    }

    /** The PDF's author field (default "Sambruk"). */
    public PdfDocument author(String author) {
        this.author = author == null ? "Sambruk" : author;
        return this;
    }

    /** The document as PDF bytes. */
    public byte[] render() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new Footer(footer));
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Sambruk Platform");
        document.setDocumentLanguage("sv-SE");
        document.open();
        document.add(paragraph(title, Style.TITLE));
        for (Part part : parts) {
            part.addTo(document);
        }
        document.close();
        return bytes.toByteArray();
    }

    private enum Style {
        TITLE(new Font(FONT, 16, Font.BOLD), 0, 8),
        SUBTITLE(new Font(FONT, 10, Font.NORMAL), 0, 4),
        HEADING(new Font(FONT, 12, Font.BOLD), 12, 4),
        BODY(new Font(FONT, 10, Font.NORMAL), 0, 6),
        SMALL(new Font(FONT, 8, Font.NORMAL), 0, 0);

        final Font font;
        final float before;
        final float after;

        Style(Font font, float before, float after) {
            this.font = font;
            this.before = before;
            this.after = after;
        }
    }

    private static Paragraph paragraph(String text, Style style) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, style.font);
        paragraph.setSpacingBefore(style.before);
        paragraph.setSpacingAfter(style.after);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private sealed interface Part permits Text, Fact, Grid, Signature {
        void addTo(Document document);
    }

    private record Text(String text, Style style) implements Part {
        public void addTo(Document document) {
            document.add(paragraph(text, style));
        }
    }

    private record Fact(String label, String value) implements Part {
        public void addTo(Document document) {
            Paragraph fact = new Paragraph();
            fact.add(new Chunk(label + ": ", new Font(FONT, 10, Font.BOLD)));
            fact.add(new Chunk(value, Style.BODY.font));
            fact.setSpacingAfter(2);
            document.add(fact);
        }
    }

    private record Grid(List<String> columns, List<? extends List<?>> rows) implements Part {
        public void addTo(Document document) {
            if (columns.isEmpty()) {
                return;
            }
            PdfPTable table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            table.setHeaderRows(1);
            for (String column : columns) {
                PdfPCell cell = cell(column, new Font(FONT, 9, Font.BOLD));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (List<?> row : rows) {
                for (int column = 0; column < columns.size(); column++) {
                    Object value = column < row.size() ? row.get(column) : null;
                    PdfPCell cell = cell(Cells.text(value), new Font(FONT, 9, Font.NORMAL));
                    if (value instanceof Number) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
        }

        private static PdfPCell cell(String text, Font font) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setPadding(4);
            return cell;
        }
    }

    private record Signature(String nameAndRole) implements Part {
        public void addTo(Document document) {
            Paragraph space = paragraph("Ort och datum: ______________________________", Style.BODY);
            space.setSpacingBefore(24);
            document.add(space);
            Paragraph line = paragraph("______________________________________", Style.BODY);
            line.setSpacingBefore(28);
            line.setSpacingAfter(0);
            document.add(line);
            document.add(paragraph(nameAndRole, Style.BODY));
        }
    }

    private static final class Footer extends PdfPageEventHelper {
        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String line = (text.isBlank() ? "" : text + "   ") + "Sida " + writer.getPageNumber();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(line, Style.SMALL.font),
                    document.left(), document.bottom() - 24, 0);
        }
    }

    private static BaseFont loadFont() {
        try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's Liberation Sans is missing from the class path");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
