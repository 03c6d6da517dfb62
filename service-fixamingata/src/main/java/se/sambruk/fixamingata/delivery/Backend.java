package se.sambruk.fixamingata.delivery;

import java.util.List;

import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions.SentAnswer;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportUpdate;

/** A municipality's back-end as FixaMinGata talks to it: by e-mail, Open311 or ServiceNow. */
interface Backend {

    /**
     * Sends a new report with the resident's answers to the category's extra questions; the
     * back-end's id for it, or null when it gives none (e-mail). Throws when it did not take it.
     */
    String send(Category category, Report report, List<SentAnswer> answers, String link) throws DeliveryFailed;

    /** Sends an update (a resident's comment or reopening) of a report the back-end already has. */
    void sendUpdate(Category category, Report report, ReportUpdate update, String link) throws DeliveryFailed;

    /** The back-end's answer, kept for staff to read. */
    final class DeliveryFailed extends Exception {
        DeliveryFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** The description in the format existing Swedish back-ends parse. */
    static String description(Report report, String link) {
        return "Titel: " + report.title() + "\n\nBeskrivning: " + report.detail() + "\n\nLänk till ärendet: " + link
                + "\n\nSkickad via FixaMinGata";
    }

    /** The answers as lines of text for an e-mail or an incident's description; empty when there are none. */
    static String answersText(List<SentAnswer> answers) {
        if (answers.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\nSvar på kategorins frågor:");
        answers.forEach(a -> text.append("\n").append(a.label()).append(": ").append(a.answer()));
        return text.toString();
    }
}
