package se.sambruk.fixamingata.staff;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.documents.Table;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Coordinates;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;
import se.sambruk.fixamingata.report.Times;

/**
 * The municipality's handlers (FMG_HANDLER of a subscribing municipality; the core's gate lets
 * only subscribers below this path). Every query is scoped to the handler's organisation.
 */
@Controller
@RequestMapping(FixaMinGata.STAFF_PATH)
class StaffController {

    /** The most markers the map shows; it says so when there are more. */
    static final int MAP_POINTS = 1000;

    private final Inbox inbox;
    private final Reports reports;
    private final Reporting reporting;
    private final Categories categories;
    private final AuditLog audit;
    private final ReportPage page;
    private final JdbcTemplate jdbc;
    private final se.sambruk.core.MapTiles tiles;
    private final Downloads downloads;

    StaffController(Inbox inbox, Reports reports, Reporting reporting, Categories categories, ReportPage page, AuditLog audit,
                    JdbcTemplate jdbc, se.sambruk.core.MapTiles tiles, Downloads downloads) {
        this.tiles = tiles;
        this.downloads = downloads;
        this.page = page;
        this.inbox = inbox;
        this.reports = reports;
        this.reporting = reporting;
        this.categories = categories;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) String group, @RequestParam(required = false) Long category,
                 @RequestParam(required = false) Integer olderThan, @RequestParam(required = false) String lat,
                 @RequestParam(required = false) String lon, @RequestParam(required = false) Long before, Model model) {
        CurrentUser user = handler();
        Inbox.Filter filter = filter(group, category, olderThan, lat, lon, model);
        List<Inbox.Row> rows = inbox.list(user.organisationId(), filter, before);
        long total = inbox.count(user.organisationId(), filter);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("before", before);
        // the next page starts after the last row shown, while there may be more
        model.addAttribute("next", rows.size() == Inbox.PAGE_SIZE ? rows.get(rows.size() - 1).id() : null);
        model.addAttribute("categories", categories.all(user.organisationId()));
        return "fixamingata/staff/inbox";
    }

    /**
     * The inbox on a map, with the same filters: the newest {@link #MAP_POINTS} reports as markers
     * coloured by state (Leaflet), and as a list that is all there is without JavaScript.
     */
    @GetMapping("/karta")
    String map(@RequestParam(required = false) String group, @RequestParam(required = false) Long category,
               @RequestParam(required = false) Integer olderThan, @RequestParam(required = false) String lat,
               @RequestParam(required = false) String lon, Model model) {
        CurrentUser user = handler();
        Inbox.Filter filter = filter(group, category, olderThan, lat, lon, model);
        List<Inbox.Point> points = inbox.points(user.organisationId(), filter, MAP_POINTS + 1);
        model.addAttribute("capped", points.size() > MAP_POINTS);
        model.addAttribute("points", points.size() > MAP_POINTS ? points.subList(0, MAP_POINTS) : points);
        model.addAttribute("cap", MAP_POINTS);
        model.addAttribute("tiles", tiles);
        model.addAttribute("categories", categories.all(user.organisationId()));
        return "fixamingata/staff/map";
    }

    private static Inbox.Filter filter(String group, Long category, Integer olderThan, String lat, String lon, Model model) {
        var point = Coordinates.parse(lat, lon);
        Inbox.Filter filter = new Inbox.Filter(parseGroup(group), category,
                olderThan == null || olderThan < 0 || olderThan > 36_500 ? null : olderThan,
                point.map(Coordinates::lat).orElse(null), point.map(Coordinates::lon).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("lat", lat);
        model.addAttribute("lon", lon);
        model.addAttribute("groups", List.of(ReportState.Group.OPEN, ReportState.Group.FIXED, ReportState.Group.CLOSED, ReportState.Group.HIDDEN));
        return filter;
    }

    @GetMapping("/rapporter/{id}")
    String show(@PathVariable long id, Model model) {
        Report report = report(id);
        audit.personalDataRead("fixamingata.report", id, report.organisationId(), "the reporter's name, e-mail and phone");
        return page(report, model);
    }

    private String page(Report report, Model model) {
        return page.render(report, model);
    }

    @PostMapping("/rapporter/{id}/svar")
    String answer(@PathVariable long id, @RequestParam(required = false) String state, @RequestParam(required = false) String text,
                  Model model, RedirectAttributes flash) {
        Report report = report(id);
        ReportState newState = ReportState.parse(state);
        if (newState != null && !ReportState.settableByStaff().contains(newState)) {
            newState = null;
        }
        String answer = clean(text);
        if (newState == null && answer == null || answer != null && answer.length() > 5000) {
            model.addAttribute("answerError", "fmg.staff.answer.missing");
            model.addAttribute("answerText", text == null ? "" : text);
            return page(report, model);
        }
        reporting.answer(report, newState, answer, CurrentUser.require().name());
        flash.addFlashAttribute("flashKey", "fmg.staff.answered");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    @PostMapping("/rapporter/{id}/anteckningar")
    String note(@PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes flash) {
        Report report = report(id);
        String note = clean(text);
        if (note == null || note.length() > 5000) {
            model.addAttribute("noteError", "fmg.update.text.missing");
            return page(report, model);
        }
        reporting.note(report, note, CurrentUser.require().name());
        flash.addFlashAttribute("flashKey", "fmg.staff.noted");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    @PostMapping("/rapporter/{id}/dubblett")
    String duplicate(@PathVariable long id, @RequestParam(required = false) String original, Model model, RedirectAttributes flash) {
        Report report = report(id);
        Report of = null;
        try {
            long originalId = Long.parseLong(original == null ? "" : original.trim());
            of = originalId == id ? null : reports.findOfOrganisation(originalId, report.organisationId()).orElse(null);
        } catch (NumberFormatException notANumber) {
            // stays null: the error below
        }
        if (of == null) {
            model.addAttribute("duplicateError", "fmg.staff.duplicate.unknown");
            return page(report, model);
        }
        reporting.markDuplicate(report, of, CurrentUser.require().name());
        flash.addFlashAttribute("flashKey", "fmg.staff.duplicated");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    @PostMapping("/rapporter/{id}/moderering")
    String moderate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean hideDetail,
                    @RequestParam(defaultValue = "false") boolean hidePhotos, @RequestParam(defaultValue = "false") boolean removeName,
                    @RequestParam(defaultValue = "false") boolean hideReport, @RequestParam(required = false) String reason,
                    Model model, RedirectAttributes flash) {
        Report report = report(id);
        String why = clean(reason);
        if (!(hideDetail || hidePhotos || removeName || hideReport)) {
            model.addAttribute("moderateError", "fmg.staff.moderate.nothing");
            return page(report, model);
        }
        if (why == null || why.length() > 1000) {
            model.addAttribute("moderateError", "fmg.staff.moderate.reason.missing");
            return page(report, model);
        }
        reporting.moderate(report, hideDetail, hidePhotos, removeName, hideReport, why, CurrentUser.require().name());
        audit.personalDataChanged("fixamingata.report", id, report.organisationId(), "moderated: " + why);
        flash.addFlashAttribute("flashKey", "fmg.staff.moderated");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    @PostMapping("/rapporter/{id}/tilldelning")
    String assign(@PathVariable long id, @RequestParam(required = false) String assignedTo, @RequestParam(required = false) String priority,
                  Model model, RedirectAttributes flash) {
        Report report = report(id);
        String to = clean(assignedTo), level = clean(priority);
        if (to != null && to.length() > 100 || level != null && !List.of("låg", "normal", "hög").contains(level)) {
            model.addAttribute("assignError", "fmg.text.tooLong");
            return page(report, model);
        }
        reporting.assign(report, to, level);
        flash.addFlashAttribute("flashKey", "fmg.staff.assigned");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    @PostMapping("/rapporter/{id}/skicka-igen")
    String resend(@PathVariable long id, RedirectAttributes flash) {
        Report report = report(id);
        inbox.resend(report.id(), report.organisationId());
        flash.addFlashAttribute("flashKey", "fmg.staff.resent");
        return "redirect:" + FixaMinGata.STAFF_PATH + "/rapporter/" + id;
    }

    /** The municipality's reports as CSV (the core's writer: semicolons, UTF-8 with BOM, formula guard). */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export() {
        CurrentUser user = handler();
        Table table = Table.streamed("Rapporter", List.of("nr", "skapad", "kategori", "rubrik", "status", "lat", "lon", "källa",
                "första svar", "stängd"), sink -> jdbc.query("""
                select r.id, r.created_at, c.name, r.title, r.state, r.lat, r.lon, r.source, r.first_answer_at, r.closed_at
                from fixamingata.report r join fixamingata.category c on c.id = r.category_id
                where r.organisation_id = ? and r.state not in ('DRAFT', 'UNCONFIRMED') order by r.id""", rs -> {
            sink.row(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getString(3), oneLine(rs.getString(4)), rs.getString(5),
                    BigDecimal.valueOf(rs.getDouble(6)), BigDecimal.valueOf(rs.getDouble(7)), rs.getString(8),
                    instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
        }, user.organisationId()));
        return downloads.csv("fixamingata-rapporter.csv", table);
    }

    /**
     * The timeline entries of a period as CSV (same format as the reports): report, time, kind,
     * state, public or internal, text. The period is {@code from}..{@code to} inclusive, dates in
     * Swedish time; by default the last 30 days; at most a year. Residents' comments and internal
     * notes may name people: the download is audited as a read of personal data.
     */
    @GetMapping("/uppdateringar.csv")
    ResponseEntity<byte[]> exportUpdates(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        CurrentUser user = handler();
        LocalDate last = parseDate(to, LocalDate.now(Times.STOCKHOLM));
        LocalDate first = parseDate(from, last.minusDays(29));
        if (first.isAfter(last) || first.plusYears(1).isBefore(last)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period must run forwards and be at most a year");
        }
        Table table = Table.streamed("Uppdateringar", List.of("nr", "tid", "typ", "status", "synlighet", "text"), sink -> jdbc.query("""
                select u.report_id, u.created_at, u.kind, u.state, u.internal or u.hidden as internal, u.text
                from fixamingata.report_update u
                where u.organisation_id = ? and u.created_at >= ? and u.created_at < ? order by u.created_at, u.id""", rs -> {
            sink.row(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5) ? "intern" : "offentlig", oneLine(rs.getString(6)));
        }, user.organisationId(), Timestamp.from(first.atStartOfDay(Times.STOCKHOLM).toInstant()),
                Timestamp.from(last.plusDays(1).atStartOfDay(Times.STOCKHOLM).toInstant())));
        return downloads.csv("fixamingata-uppdateringar-" + first + "-" + last + ".csv", table,
                PersonalData.of("fixamingata.report_update", user.organisationId(), "CSV of updates " + first + ".." + last));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One line per report in the export, as before: line breaks become spaces. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]+", " ");
    }

    private static LocalDate parseDate(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Dates are written 2026-11-27");
        }
    }

    private Report report(long id) {
        return page.report(id);
    }

    private static CurrentUser handler() {
        return ReportPage.handler();
    }

    private static ReportState.Group parseGroup(String group) {
        try {
            return group == null || group.isBlank() ? ReportState.Group.OPEN : ReportState.Group.valueOf(group);
        } catch (IllegalArgumentException unknown) {
            return ReportState.Group.OPEN;
        }
    }

    private static String clean(String text) {
        return ReportPage.clean(text);
    }
}
