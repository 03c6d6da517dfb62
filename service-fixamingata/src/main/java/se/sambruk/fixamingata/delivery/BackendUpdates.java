package se.sambruk.fixamingata.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;
import se.sambruk.fixamingata.open311.Open311Statuses;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;

/**
 * Brings the back-ends' news home every few minutes: Open311 tokens become ids, Open311
 * servicerequestupdates since the last pull become timeline entries (each update_id once), and
 * open ServiceNow incidents are asked for their state.
 */
@Component
public class BackendUpdates {

    private static final Logger log = LoggerFactory.getLogger(BackendUpdates.class);

    private final JdbcTemplate jdbc;
    private final ClusterJobs jobs;
    private final Categories categories;
    private final Reports reports;
    private final Reporting reporting;
    private final Open311Backend open311;
    private final ServiceNowBackend serviceNow;

    BackendUpdates(JdbcTemplate jdbc, ClusterJobs jobs, Categories categories, Reports reports, Reporting reporting,
                   Open311Backend open311, ServiceNowBackend serviceNow) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.categories = categories;
        this.reports = reports;
        this.reporting = reporting;
        this.open311 = open311;
        this.serviceNow = serviceNow;
    }

    @Scheduled(fixedDelayString = "${sambruk.fixamingata.pull-every:PT5M}", initialDelayString = "PT1M")
    void scheduled() {
        jobs.runAlone("fixamingata-backend-updates", this::pull);
    }

    /** One pull of every back-end: how many updates were new. */
    public int pull() {
        int fresh = 0;
        List<Long> backendCategories = jdbc.queryForList(
                "select id from fixamingata.category where send_method <> 'EMAIL' and send_to is not null", Long.class);
        for (long categoryId : backendCategories) {
            Category category = categories.find(categoryId).orElseThrow();
            try {
                fresh += category.sendMethod() == Category.SendMethod.OPEN311 ? pullOpen311(category) : pullServiceNow(category);
            } catch (Backend.DeliveryFailed failed) {
                log.info("Pulling updates for category {} failed: {}", categoryId, failed.getMessage());
            }
        }
        return fresh;
    }

    private int pullOpen311(Category category) throws Backend.DeliveryFailed {
        for (Report waiting : reportsWith(category, "external_id like 'token:%'")) {
            String id = open311.resolveToken(category, waiting.externalId().substring(Open311Backend.TOKEN_PREFIX.length()));
            if (id != null) {
                reporting.deliveredAs(waiting.id(), id);
            }
        }
        OffsetDateTime end = OffsetDateTime.now();
        int fresh = 0;
        for (Map<String, Object> update : open311.updates(category, end.minusDays(1), end)) {
            String requestId = String.valueOf(update.get("service_request_id"));
            Optional<Report> report = jdbc.query("select id from fixamingata.report where organisation_id = ? and category_id = ? and external_id = ?",
                    (rs, i) -> rs.getLong(1), category.organisationId(), category.id(), requestId).stream().findFirst()
                    .flatMap(reports::find);
            if (report.isEmpty()) {
                continue;
            }
            ReportState state = Open311Statuses.fromOpen311(String.valueOf(update.get("status")),
                    update.get("external_status_code") == null ? null : String.valueOf(update.get("external_status_code")), report.get().state());
            Object text = update.get("description");
            if (reporting.backendUpdate(report.get(), new Reporting.BackendNews("open311:" + update.get("update_id"), state,
                    text == null ? "" : String.valueOf(text), when(update.get("updated_datetime")), given(update.get("media_url"), 2000),
                    given(update.get("external_status_code"), 100)))) {
                fresh++;
            }
        }
        return fresh;
    }

    private int pullServiceNow(Category category) throws Backend.DeliveryFailed {
        int fresh = 0;
        for (Report report : reportsWith(category, "external_id is not null and closed_at is null")) {
            Map<?, ?> incident = serviceNow.incident(category, report.externalId());
            String number = incident.get("state") == null ? null : String.valueOf(incident.get("state"));
            ReportState state = switch (number == null ? "" : number) {
                case "2", "3" -> ReportState.IN_PROGRESS;
                case "6", "7" -> ReportState.FIXED_BY_MUNICIPALITY;
                case "8" -> ReportState.CANCELLED;
                default -> null;
            };
            if (state != null && state != report.state()) {
                Object notes = incident.get("close_notes");
                if (reporting.backendUpdate(report, "servicenow:" + report.externalId() + ":" + number + ":" + incident.get("sys_updated_on"),
                        state, notes == null ? "" : String.valueOf(notes))) {
                    fresh++;
                }
            }
        }
        return fresh;
    }

    /** The back-end's own time of an update, when it gave a readable one that is not in the future. */
    private static java.time.Instant when(Object value) {
        try {
            java.time.Instant at = value == null ? null : OffsetDateTime.parse(String.valueOf(value).strip()).toInstant();
            return at == null || at.isAfter(java.time.Instant.now()) ? null : at;
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String given(Object value, int max) {
        String text = value == null ? null : String.valueOf(value).strip();
        return text == null || text.isEmpty() ? null : text.length() > max ? text.substring(0, max) : text;
    }

    private List<Report> reportsWith(Category category, String condition) {
        return jdbc.query("select id from fixamingata.report where category_id = ? and " + condition + " order by id limit 500",
                (rs, i) -> rs.getLong(1), category.id()).stream().map(reports::find).flatMap(Optional::stream).toList();
    }
}
