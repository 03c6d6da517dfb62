package se.sambruk.fixamingata.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Times;

/**
 * Sends the confirmed alerts' news by e-mail, one node at a time: new published reports in an
 * area or a municipality, and public updates of a followed report, each at most once per alert.
 * Per alert, in one transaction, the events are recorded in fixamingata.alert_sent and the one
 * e-mail that lists them is queued in the core's outbox: both or neither. Only events after the
 * alert was confirmed, and from the last week, count.
 */
@Component
public class AlertSender {

    static final double METRES_PER_DEGREE = 111_195;
    static final int MAX_EVENTS_PER_MAIL = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ClusterJobs jobs;
    private final Notifications notifications;
    private final Reporting reporting;
    private final Alerts alerts;
    private final String publicUrl;
    private final MessageSource messages;
    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv");

    AlertSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterJobs jobs, Notifications notifications,
                Reporting reporting, Alerts alerts, MessageSource messages, @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.notifications = notifications;
        this.reporting = reporting;
        this.alerts = alerts;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(fixedDelayString = "${sambruk.fixamingata.alerts-every:PT1M}", initialDelayString = "PT20S")
    void scheduled() {
        jobs.runAlone("fixamingata-alerts", this::sendDue);
    }

    /** One event: its key in alert_sent, and the lines of the e-mail. */
    record Event(String key, String title, String text, String link, Instant at) {
    }

    /** Sends what every confirmed alert has not sent yet; how many e-mails were queued. */
    public int sendDue() {
        List<Long> ids = jdbc.queryForList("select id from fixamingata.alert where confirmed_at is not null order by id", Long.class);
        int mails = 0;
        for (long id : ids) {
            Boolean sent = transaction.execute(status -> sendFor(id));
            if (Boolean.TRUE.equals(sent)) {
                mails++;
            }
        }
        return mails;
    }

    private boolean sendFor(long alertId) {
        Alert alert = jdbc.query("select * from fixamingata.alert where id = ? and confirmed_at is not null for update skip locked",
                Alerts.ROW, alertId).stream().findFirst().orElse(null);
        if (alert == null) {
            return false;
        }
        List<Event> news = new ArrayList<>();
        for (Event event : events(alert)) {
            if (news.size() == MAX_EVENTS_PER_MAIL) {
                break; // the rest go in the next round
            }
            int recorded = jdbc.update("insert into fixamingata.alert_sent (alert_id, event) values (?, ?) on conflict do nothing",
                    alert.id(), event.key());
            if (recorded == 1) {
                news.add(event);
            }
        }
        if (news.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder("Nytt i FixaMinGata om " + alerts.describe(alert) + ":\n\n");
        for (Event event : news) {
            text.append("• ").append(Times.format(event.at())).append(" ").append(event.title()).append('\n');
            if (event.text() != null && !event.text().isBlank()) {
                text.append("  ").append(event.text().strip().replace("\n", "\n  ")).append('\n');
            }
            text.append("  ").append(event.link()).append("\n\n");
        }
        text.append("Avsluta bevakningen (ingen inloggning behövs): ").append(publicUrl).append("/fixamingata/bevakningar/avsluta/")
                .append(alert.unsubscribeToken()).append('\n');
        String subject = news.size() == 1 ? "FixaMinGata: " + news.get(0).title() : "FixaMinGata: " + news.size() + " nyheter";
        notifications.email(alert.email(), subject, text.toString());
        return true;
    }

    private List<Event> events(Alert alert) {
        return switch (alert.kind()) {
            case REPORT -> jdbc.query("""
                    select u.id, u.kind, u.state, u.text, u.created_at, r.title from fixamingata.report_update u
                    join fixamingata.report r on r.id = u.report_id
                    where u.report_id = ? and not u.internal and not u.hidden and u.created_at > ?
                      and u.created_at > now() - interval '7 days'
                      and r.state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')
                    order by u.created_at, u.id""",
                    (rs, i) -> new Event("update:" + rs.getLong("id"), rs.getString("title") + " – " + updateName(rs.getString("kind"), rs.getString("state")),
                            rs.getString("text"), reporting.link(alert.reportId()), rs.getTimestamp("created_at").toInstant()),
                    alert.reportId(), java.sql.Timestamp.from(alert.confirmedAt()));
            case AREA -> {
                double dLat = alert.radiusMetres() / METRES_PER_DEGREE;
                double dLon = dLat / Math.cos(Math.toRadians(alert.lat()));
                yield newReports("r.lat between ? and ? and r.lon between ? and ?", alert,
                        alert.lat() - dLat, alert.lat() + dLat, alert.lon() - dLon, alert.lon() + dLon).stream()
                        .filter(found -> distance(alert.lat(), alert.lon(), found.lat(), found.lon()) <= alert.radiusMetres())
                        .map(Found::event).toList();
            }
            case MUNICIPALITY -> newReports("r.kommunkod = ?", alert, alert.kommunkod()).stream().map(Found::event).toList();
        };
    }

    private record Found(Event event, double lat, double lon) {
    }

    /** Reports published since the alert was confirmed (in the last week), where the condition holds. */
    private List<Found> newReports(String where, Alert alert, Object... arguments) {
        List<Object> all = new ArrayList<>(List.of(arguments));
        all.add(java.sql.Timestamp.from(alert.confirmedAt()));
        return jdbc.query("""
                select r.id, r.title, r.detail, r.detail_hidden, r.lat, r.lon, r.confirmed_at, c.name as category
                from fixamingata.report r join fixamingata.category c on c.id = r.category_id
                where %s and r.confirmed_at > ? and r.confirmed_at > now() - interval '7 days'
                  and r.state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')
                order by r.confirmed_at, r.id""".formatted(where),
                (rs, i) -> new Found(new Event("report:" + rs.getLong("id"), "Ny rapport: " + rs.getString("title") + " (" + rs.getString("category") + ")",
                        rs.getBoolean("detail_hidden") ? null : abbreviate(rs.getString("detail")), reporting.link(rs.getLong("id")),
                        rs.getTimestamp("confirmed_at").toInstant()), rs.getDouble("lat"), rs.getDouble("lon")),
                all.toArray());
    }

    private String updateName(String kind, String state) {
        String what = switch (kind) {
            case "ANSWER", "BACKEND" -> "kommunen har svarat";
            case "FIXED_BY_USER" -> "en invånare säger att felet är åtgärdat";
            case "REOPENED" -> "en invånare säger att felet inte är åtgärdat";
            default -> "ny kommentar";
        };
        ReportState newState = ReportState.parse(state);
        return newState == null ? what
                : what + " (ny status: " + messages.getMessage("fmg.state." + newState.name(), null, newState.name(), SWEDISH) + ")";
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = lat2 - lat1;
        return Math.sqrt(x * x + y * y) * METRES_PER_DEGREE;
    }
}
