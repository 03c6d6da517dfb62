package se.sambruk.core.councils;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.documents.PdfDocument;

/** The minutes as a PDF, through the core's {@link PdfDocument} (embedded font, page numbers). */
@Component
class MinutesPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Councils.STOCKHOLM);

    private final MessageSource messages;

    MinutesPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Council council, Meeting meeting, Map<Long, String> proposalTitles, Locale locale) {
        PdfDocument document = PdfDocument.titled(msg("minutes.title", locale, meeting.getTitle()))
                .subtitle(msg("council.title", locale, council.service().getName()))
                .subtitle(msg("meeting.heldAt", locale) + ": " + TIME.format(meeting.getHeldAt()) + ", " + meeting.getPlace())
                .subtitle(meeting.isApproved()
                        ? msg("minutes.approvedBy", locale, meeting.getApprovedBy(), TIME.format(meeting.getApprovedAt()))
                        : msg("minutes.draft", locale))
                .footer(msg("minutes.title", locale, meeting.getTitle()));

        document.heading(msg("meeting.attendance", locale));
        if (meeting.getAttendance().isEmpty()) {
            document.paragraph(msg("meeting.attendance.none", locale));
        } else {
            document.table(List.of(msg("subscription.organisation", locale), msg("meeting.representedBy", locale)),
                    meeting.getAttendance().stream().map(present -> List.of(present.getOrganisationName(), present.getRepresentedBy())).toList());
        }

        document.heading(msg("meeting.agenda", locale));
        int item = 1;
        for (Meeting.AgendaItem agendaItem : meeting.getAgenda()) {
            String linked = agendaItem.getProposalId() == null ? ""
                    : " (" + msg("meeting.agenda.proposal", locale) + ": " + proposalTitles.getOrDefault(agendaItem.getProposalId(), "") + ")";
            document.paragraph(item++ + ". " + agendaItem.getTitle() + linked);
        }

        document.heading(msg("minutes.decisions", locale));
        for (Meeting.Paragraph paragraph : meeting.getParagraphs()) {
            document.paragraph("§" + paragraph.number() + "  " + paragraph.getText());
        }
        return document.render();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
