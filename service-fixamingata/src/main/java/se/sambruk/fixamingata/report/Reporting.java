package se.sambruk.fixamingata.report;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Municipalities;
import se.sambruk.core.Notifications;
import se.sambruk.core.ServiceAccess;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.geo.Boundaries;
import se.sambruk.fixamingata.geo.Municipality;
import se.sambruk.fixamingata.SecretTokens;

/**
 * What happens to a report: where a point belongs, a draft and its preview, the e-mailed
 * confirmation, publication and delivery to the municipality, the timeline afterwards.
 */
@Service
public class Reporting {

    private final Boundaries boundaries;
    private final Municipalities municipalities;
    private final ServiceAccess access;
    private final Categories categories;
    private final Reports reports;
    private final Notifications notifications;
    private final CategoryQuestions questions;
    private final JdbcTemplate jdbc;
    private final String publicUrl;
    private final String defaultCategoryEmail;

    Reporting(Boundaries boundaries, Municipalities municipalities, ServiceAccess access, Categories categories, Reports reports,
              Notifications notifications, CategoryQuestions questions, JdbcTemplate jdbc,
              @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl,
              @Value("${sambruk.fixamingata.default-category-email:}") String defaultCategoryEmail) {
        this.boundaries = boundaries;
        this.municipalities = municipalities;
        this.access = access;
        this.categories = categories;
        this.reports = reports;
        this.notifications = notifications;
        this.questions = questions;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.defaultCategoryEmail = defaultCategoryEmail;
    }

    /** Where a point belongs. */
    public sealed interface Location {
        /** Not in Sweden (nor within a short distance of its coast). */
        record OutsideSweden() implements Location {
        }

        /** In a municipality that does not use FixaMinGata: it is responsible, the resident should contact it. */
        record NotUsingService(Municipality municipality) implements Location {
        }

        /** In a municipality that uses FixaMinGata; near its border with others when that list is not empty. */
        record Served(Municipality municipality, long organisationId, List<Municipality> nearBorderWith) implements Location {
            public boolean nearBorder() {
                return !nearBorderWith.isEmpty();
            }
        }
    }

    public Location locate(double lat, double lon) {
        return boundaries.locate(lat, lon).<Location>map(placement -> served(placement.municipality(), placement.nearBorderWith()))
                .orElse(new Location.OutsideSweden());
    }

    /** The location when the resident chose one of the municipalities near the border (or kept the one the point decides). */
    public Location chosen(double lat, double lon, String kommunkod) {
        Optional<Boundaries.Placement> placement = boundaries.locate(lat, lon);
        if (placement.isEmpty()) {
            return new Location.OutsideSweden();
        }
        Municipality choice = placement.get().municipality();
        for (Municipality neighbour : placement.get().nearBorderWith()) {
            if (neighbour.kommunkod().equals(kommunkod)) {
                choice = neighbour;
            }
        }
        return served(choice, List.of());
    }

    private Location served(Municipality municipality, List<Municipality> nearBorder) {
        Optional<Long> organisation = municipalities.organisationId(municipality.kommunkod());
        if (organisation.isEmpty() || !access.mayUse(organisation.get(), FixaMinGata.SERVICE_CODE)) {
            return new Location.NotUsingService(municipality);
        }
        return new Location.Served(municipality, organisation.get(), nearBorder);
    }

    public List<Category> categoriesOf(long organisationId, String kommunkod) {
        String email = defaultCategoryEmail.isBlank() ? null : defaultCategoryEmail.replace("{kommunkod}", kommunkod);
        return categories.active(organisationId, email);
    }

    /** A draft for the preview: stored, not public, reachable only with its token. */
    @Transactional
    public String saveDraft(NewReport report, List<byte[]> cleanedPhotos) {
        String token = SecretTokens.newToken();
        long id = reports.insert(report, ReportState.DRAFT, token);
        reports.replacePhotos(id, cleanedPhotos);
        return token;
    }

    /** The resident changed the draft after the preview; photos are replaced only when new ones came. */
    @Transactional
    public void reviseDraft(Report draft, NewReport report, List<byte[]> cleanedPhotos) {
        jdbc.update("""
                update fixamingata.report set category_id = ?, title = ?, detail = ?, reporter_name = ?, reporter_email = ?,
                  reporter_phone = ?, show_name = ?, updated_at = now() where id = ? and state = 'DRAFT'""",
                report.categoryId(), report.title(), report.detail(), report.name(), report.email(), report.phone(), report.showName(),
                draft.id());
        if (!cleanedPhotos.isEmpty()) {
            reports.replacePhotos(draft.id(), cleanedPhotos);
        }
    }

    @Transactional
    public void discardDraft(Report draft) {
        jdbc.update("delete from fixamingata.report where id = ? and state = 'DRAFT'", draft.id());
    }

    /** Sends the draft: the resident gets a link by e-mail, and the report is published when they follow it. */
    @Transactional
    public void submit(Report draft, java.util.Locale locale) {
        String confirmToken = SecretTokens.newToken();
        int changed = jdbc.update("update fixamingata.report set state = 'UNCONFIRMED', confirm_token = ?, updated_at = now() where id = ? and state = 'DRAFT'",
                confirmToken, draft.id());
        if (changed == 1) {
            notifications.email(draft.reporterEmail(), "Bekräfta din rapport till FixaMinGata", """
                    Hej %s!

                    Tack för din rapport "%s" (%s). Bekräfta den genom att öppna länken nedan, så publiceras den och skickas till %s:

                    %s/fixamingata/bekrafta/%s

                    Om du inte har skickat någon rapport kan du bortse från det här meddelandet.

                    Hälsningar
                    FixaMinGata""".formatted(draft.reporterName(), draft.title(), draft.categoryName(),
                    municipalityName(draft.kommunkod()), publicUrl, confirmToken));
        }
    }

    /** Follows the e-mailed link: publishes the report and queues its delivery. Idempotent. */
    @Transactional
    public Optional<Report> confirm(String confirmToken) {
        Optional<Report> report = reports.findByConfirmToken(confirmToken);
        report.filter(r -> r.state() == ReportState.UNCONFIRMED).ifPresent(r -> {
            jdbc.update("update fixamingata.report set state = 'CONFIRMED', confirmed_at = now(), updated_at = now() where id = ? and state = 'UNCONFIRMED'",
                    r.id());
            queueDelivery(r.id(), r.organisationId(), null);
            notifications.email(r.reporterEmail(), "Din rapport är publicerad i FixaMinGata", """
                    Din rapport är nu publicerad och skickad till %s:

                    %s

                    Vill du ändra texten eller dölja den eller dina bilder? Logga in med den här e-postadressen på
                    %s/fixamingata/konto (du får en inloggningslänk, inget lösenord behövs).""".formatted(
                    municipalityName(r.kommunkod()), link(r.id()), publicUrl));
        });
        return report.flatMap(r -> reports.find(r.id()));
    }

    /** A report from a trusted client (Open311 with an api_key): published at once. */
    @Transactional
    public Report publish(NewReport report, List<byte[]> cleanedPhotos) {
        long id = reports.insert(report, ReportState.CONFIRMED, SecretTokens.newToken());
        reports.replacePhotos(id, cleanedPhotos);
        queueDelivery(id, report.organisationId(), null);
        return reports.find(id).orElseThrow();
    }

    /**
     * What an Open311 client sent with a request besides the report (all optional): the address it
     * gave, the id of that address in its own register, its device and account ids, and the URL of
     * a photo it keeps itself.
     */
    public record AppDetails(String addressString, String addressId, String deviceId, String accountId, String mediaUrl) {
    }

    /** A report from an Open311 client with its details and the answers to the category's questions: published at once. */
    @Transactional
    public Report publish(NewReport report, AppDetails details, java.util.Map<CategoryQuestions.Question, String> answers) {
        long id = reports.insert(report, ReportState.CONFIRMED, SecretTokens.newToken());
        jdbc.update("""
                update fixamingata.report set address_string = ?, address_id = ?, device_id = ?, account_id = ?, media_url = ?
                where id = ?""", details.addressString(), details.addressId(), details.deviceId(), details.accountId(),
                details.mediaUrl(), id);
        questions.saveAnswers(id, answers);
        queueDelivery(id, report.organisationId(), null);
        return reports.find(id).orElseThrow();
    }

    /** The resident's part of the timeline: a comment, "it is fixed", or "it is not fixed" (reaches the municipality). */
    public enum ResidentAction { COMMENT, FIXED, REOPEN }

    @Transactional
    public void residentUpdate(Report report, ResidentAction action, String name, String text) {
        ReportUpdate.Kind kind = switch (action) {
            case COMMENT -> ReportUpdate.Kind.COMMENT;
            case FIXED -> ReportUpdate.Kind.FIXED_BY_USER;
            case REOPEN -> ReportUpdate.Kind.REOPENED;
        };
        ReportState newState = switch (action) {
            case COMMENT -> null;
            case FIXED -> report.state().isOpen() ? ReportState.FIXED_BY_USER : null;
            case REOPEN -> report.state().isOpen() ? null : ReportState.CONFIRMED;
        };
        long update = reports.addUpdate(report, kind, newState, text, name, false, null);
        if (newState != null) {
            reports.setState(report.id(), newState);
        } else {
            jdbc.update("update fixamingata.report set updated_at = now() where id = ?", report.id());
        }
        queueDelivery(report.id(), report.organisationId(), update);
    }

    /** The municipality answers: a public text, a new state or both. */
    @Transactional
    public void answer(Report report, ReportState state, String text, String author) {
        reports.addUpdate(report, ReportUpdate.Kind.ANSWER, state == report.state() ? null : state, text, author, false, null);
        if (state != null && state != report.state()) {
            reports.setState(report.id(), state);
        }
        jdbc.update("update fixamingata.report set first_answer_at = coalesce(first_answer_at, now()), updated_at = now() where id = ?", report.id());
        if (state != null && state != report.state() || text != null && !text.isBlank()) {
            notifications.email(report.reporterEmail(), "Nytt besked om din rapport i FixaMinGata",
                    "%s har svarat på din rapport.%n%n%s%n%nSe hela ärendet: %s".formatted(municipalityName(report.kommunkod()),
                            text == null ? "" : text, link(report.id())));
        }
    }

    /** An update from the municipality's back-end (pulled or pushed); refused when its id came before. */
    @Transactional
    public boolean backendUpdate(Report report, String externalUpdateId, ReportState state, String text) {
        return backendUpdate(report, new BackendNews(externalUpdateId, state, text, null, null, null));
    }

    /**
     * What a back-end says of a report: its own update id, the state it means (null: no change),
     * the public text, when it happened by the back-end's clock (null: now), a photo's URL and the
     * back-end's own status code (both kept and shown again in the Open311 updates feed).
     */
    public record BackendNews(String externalUpdateId, ReportState state, String text, java.time.Instant at, String mediaUrl,
                              String externalStatusCode) {
    }

    /** An update from the municipality's back-end (pulled or pushed) with its details; refused when its id came before. */
    @Transactional
    public boolean backendUpdate(Report report, BackendNews news) {
        ReportState state = news.state();
        String text = news.text();
        try {
            reports.addUpdate(report, ReportUpdate.Kind.BACKEND, state == report.state() ? null : state, text, null, false,
                    news.externalUpdateId(), news.at(), news.mediaUrl(), news.externalStatusCode());
        } catch (DuplicateKeyException repeated) {
            return false;
        }
        if (state != null && state != report.state()) {
            reports.setState(report.id(), state);
        }
        jdbc.update("update fixamingata.report set first_answer_at = coalesce(first_answer_at, now()), updated_at = now() where id = ?", report.id());
        return true;
    }

    @Transactional
    public void note(Report report, String text, String author) {
        reports.addUpdate(report, ReportUpdate.Kind.NOTE, null, text, author, true, null);
    }

    @Transactional
    public void markDuplicate(Report report, Report original, String author) {
        jdbc.update("update fixamingata.report set duplicate_of = ? where id = ?", original.id(), report.id());
        answer(report, ReportState.DUPLICATE, "Samma fel är redan rapporterat: " + link(original.id()), author);
    }

    /** Moderation by staff; the reason is logged (internal) in the timeline. */
    @Transactional
    public void moderate(Report report, boolean hideDetail, boolean hidePhotos, boolean removeName, boolean hideReport, String reason, String author) {
        StringBuilder what = new StringBuilder();
        if (hideDetail) {
            jdbc.update("update fixamingata.report set detail_hidden = true where id = ?", report.id());
            what.append("beskrivningen dold; ");
        }
        if (hidePhotos) {
            jdbc.update("update fixamingata.report_photo set hidden = true where report_id = ?", report.id());
            what.append("bilderna dolda; ");
        }
        if (removeName) {
            jdbc.update("update fixamingata.report set show_name = false where id = ?", report.id());
            what.append("namnet borttaget; ");
        }
        if (hideReport) {
            reports.setState(report.id(), ReportState.HIDDEN);
            what.append("rapporten dold; ");
        }
        reports.addUpdate(report, ReportUpdate.Kind.MODERATION, null, what + "skäl: " + reason, author, true, null);
    }

    @Transactional
    public void assign(Report report, String assignedTo, String priority) {
        jdbc.update("update fixamingata.report set assigned_to = ?, priority = ?, updated_at = now() where id = ?",
                blankToNull(assignedTo), blankToNull(priority), report.id());
    }

    /** The back-end's id of the report, once it has taken it. */
    @Transactional
    public void deliveredAs(long reportId, String externalId) {
        jdbc.update("update fixamingata.report set external_id = ? where id = ?", externalId, reportId);
    }

    void queueDelivery(long reportId, long organisationId, Long updateId) {
        jdbc.update("insert into fixamingata.delivery (report_id, update_id, organisation_id) values (?, ?, ?)", reportId, updateId, organisationId);
    }

    public String link(long reportId) {
        return publicUrl + "/fixamingata/rapporter/" + reportId;
    }

    public String municipalityName(String kommunkod) {
        return boundaries.byCode(kommunkod).map(Municipality::displayName).orElse(kommunkod);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
