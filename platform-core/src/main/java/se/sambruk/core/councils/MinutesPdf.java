package se.sambruk.core.councils;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sambruk.core.councils.Councils.Council;

/** The minutes as a PDF (OpenPDF, the standard Helvetica, which covers å, ä and ö). */
@Component
class MinutesPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Councils.STOCKHOLM);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final MessageSource messages;

    MinutesPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Council council, Meeting meeting, Map<Long, String> proposalTitles, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(msg("minutes.title", locale, meeting.getTitle()));
        document.addCreator("Sambruk");
        document.open();
        document.add(new Paragraph(msg("minutes.title", locale, meeting.getTitle()), TITLE));
        document.add(new Paragraph(msg("council.title", locale, council.service().getName()), BODY));
        document.add(new Paragraph(msg("meeting.heldAt", locale) + ": " + TIME.format(meeting.getHeldAt()) + ", " + meeting.getPlace(), BODY));
        document.add(new Paragraph(meeting.isApproved()
                ? msg("minutes.approvedBy", locale, meeting.getApprovedBy(), TIME.format(meeting.getApprovedAt()))
                : msg("minutes.draft", locale), BODY));

        heading(document, msg("meeting.attendance", locale));
        if (meeting.getAttendance().isEmpty()) {
            document.add(new Paragraph("–", BODY));
        } else {
            PdfPTable table = new PdfPTable(new float[] {1, 1});
            table.setWidthPercentage(100);
            meeting.getAttendance().forEach(present -> {
                table.addCell(cell(present.getOrganisationName()));
                table.addCell(cell(present.getRepresentedBy()));
            });
            document.add(table);
        }

        heading(document, msg("meeting.agenda", locale));
        int item = 1;
        for (Meeting.AgendaItem agendaItem : meeting.getAgenda()) {
            String linked = agendaItem.getProposalId() == null ? ""
                    : " (" + msg("meeting.agenda.proposal", locale) + ": " + proposalTitles.getOrDefault(agendaItem.getProposalId(), "") + ")";
            document.add(new Paragraph(item++ + ". " + agendaItem.getTitle() + linked, BODY));
        }

        heading(document, msg("minutes.decisions", locale));
        for (Meeting.Paragraph paragraph : meeting.getParagraphs()) {
            Paragraph decision = new Paragraph("§" + paragraph.number() + "  " + paragraph.getText(), BODY);
            decision.setSpacingAfter(6);
            decision.setAlignment(Element.ALIGN_LEFT);
            document.add(decision);
        }
        document.close();
        return bytes.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, BODY));
        cell.setPadding(4);
        return cell;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
