package se.sambruk.fixamingata.delivery;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.Notifications;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions.SentAnswer;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportUpdate;

/** Reports by e-mail to the category's address, through the core's mail outbox (which retries on its own). */
@Component
class EmailBackend implements Backend {

    private final Notifications notifications;

    EmailBackend(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String send(Category category, Report report, List<SentAnswer> answers, String link) throws DeliveryFailed {
        notifications.email(address(category), subject(report, category.name()),
                Backend.description(report, link) + "\n\nKategori: " + category.name()
                        + "\nPlats: " + report.lat() + ", " + report.lon()
                        + "\nRapportör: " + report.reporterName() + ", " + report.reporterEmail()
                        + (report.reporterPhone() == null ? "" : ", " + report.reporterPhone())
                        + Backend.answersText(answers));
        return null;
    }

    @Override
    public void sendUpdate(Category category, Report report, ReportUpdate update, String link) throws DeliveryFailed {
        String what = update.kind() == ReportUpdate.Kind.REOPENED ? "Öppnad igen av invånare" : "Ny kommentar från invånare";
        notifications.email(address(category), "FixaMinGata " + report.id() + ": " + what,
                what + ":\n\n" + update.text() + "\n\nLänk till ärendet: " + link + "\n\nSkickad via FixaMinGata");
    }

    /** The subject carries no text a resident typed (the title goes in the body): the report's number and its category. */
    static String subject(Report report, String categoryName) {
        return "FixaMinGata " + report.id() + ": ny rapport, " + categoryName;
    }

    private static String address(Category category) throws DeliveryFailed {
        if (category.sendTo() == null || !category.sendTo().contains("@")) {
            throw new DeliveryFailed("Kategorin " + category.name() + " har ingen e-postadress");
        }
        return category.sendTo();
    }
}
