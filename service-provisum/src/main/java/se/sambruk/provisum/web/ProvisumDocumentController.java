package se.sambruk.provisum.web;

import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.rules.Deadlines;

/**
 * Documents from templates, filled from the case and produced as PDF with the core's
 * PdfDocument: a reminder, a föreläggande med vite and a decision letter. Each one is registered
 * in the diarium and its download audited.
 */
@Controller
class ProvisumDocumentController {

    enum Template { REMINDER, INJUNCTION, DECISION }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Office office;
    private final Register register;
    private final Downloads downloads;

    ProvisumDocumentController(Office office, Register register, Downloads downloads) {
        this.office = office;
        this.register = register;
        this.downloads = downloads;
    }

    @PostMapping("/provisum/cases/{id}/documents")
    ResponseEntity<byte[]> document(@PathVariable long id, @RequestParam(required = false) String template) {
        Office.Scope scope = office.require();
        Register.CaseRow c = register.caseFile(scope, id).orElseThrow(Office.NotFound::new);
        Template kind;
        try {
            kind = Template.valueOf(template == null ? "" : template);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("Unknown template".getBytes());
        }
        String municipality = office.names(scope).get(c.municipalityId());
        String due = c.dueOn() == null ? "–" : DAY.format(c.dueOn());
        PdfDocument pdf = switch (kind) {
            case REMINDER -> PdfDocument.titled("Påminnelse").subtitle("Överförmyndaren i " + municipality)
                    .fact("Diarienummer", c.diaryNumber()).fact("Huvudman", c.principalName()).fact("Sista dag", due)
                    .paragraph("Överförmyndaren har inte fått in handlingen i ärendet (" + label(c) + "). Enligt föräldrabalken ska den ha"
                            + " kommit in senast " + due + ". Skicka in den snarast.")
                    .signature(scope.user().name() + ", handläggare");
            case INJUNCTION -> PdfDocument.titled("Föreläggande med vite").subtitle("Överförmyndaren i " + municipality)
                    .fact("Diarienummer", c.diaryNumber()).fact("Huvudman", c.principalName()).fact("Sista dag", due)
                    .paragraph("Handlingen i ärendet (" + label(c) + ") har inte kommit in trots påminnelse. Överförmyndaren förelägger"
                            + " er att ge in den inom " + Deadlines.INJUNCTION_AFTER_DAYS + " dagar från delfåendet av detta beslut, vid vite"
                            + " (16 kap. 13 § föräldrabalken).")
                    .paragraph("Hur man överklagar: beslutet kan överklagas till tingsrätten inom tre veckor från delfåendet.")
                    .signature(scope.user().name() + ", handläggare");
            case DECISION -> PdfDocument.titled("Beslut").subtitle("Överförmyndaren i " + municipality)
                    .fact("Diarienummer", c.diaryNumber()).fact("Huvudman", c.principalName()).fact("Ärende", label(c))
                    .paragraph("Överförmyndaren har handlagt ärendet enligt föräldrabalken. Skälen och utfallet framgår av ärendets diarium.")
                    .signature(scope.user().name() + ", handläggare");
        };
        register.register(c.municipalityId(), c.id(), "DOCUMENT_" + kind, title(kind) + " " + c.diaryNumber(),
                scope.user().name());
        return downloads.pdf(title(kind).toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + c.id() + ".pdf", pdf,
                PersonalData.of("provisum.case", c.municipalityId(), title(kind)));
    }

    private static String title(Template kind) {
        return switch (kind) {
            case REMINDER -> "Påminnelse";
            case INJUNCTION -> "Föreläggande med vite";
            case DECISION -> "Beslut";
        };
    }

    private static String label(Register.CaseRow c) {
        return switch (c.type()) {
            case FORTECKNING -> "förteckning, 14 kap. 1 §";
            case ARSRAKNING -> "årsräkning, 14 kap. 15 §";
            case SLUTRAKNING -> "sluträkning, 14 kap. 17 §";
            default -> c.type().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
