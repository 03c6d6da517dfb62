package se.sambruk.fixamingata.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;
import se.sambruk.fixamingata.SecretTokens;

/**
 * Residents' updates on a report held until confirmed: the form's update is stored with the
 * SHA-256 of a token, the token goes by e-mail (a neutral subject, none of the resident's text),
 * and only when its link is opened and the button pressed is the update published and forwarded
 * to the municipality, once. An anonymous form can then flood neither the report nor the
 * municipality's back-end.
 */
@Service
class PendingUpdates {

    static final Duration VALID = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Reporting reporting;
    private final Reports reports;
    private final Notifications notifications;
    private final String publicUrl;

    PendingUpdates(JdbcTemplate jdbc, Reporting reporting, Reports reports, Notifications notifications,
                   @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.reports = reports;
        this.notifications = notifications;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** What a token leads to. */
    enum Status { WAITING, USED, EXPIRED }

    record Pending(long id, long reportId, Reporting.ResidentAction action, String name, String text, Status status) {
    }

    /** Holds the update and mails its link to the address given. */
    @Transactional
    void hold(Report report, Reporting.ResidentAction action, String name, String text, String email) {
        String token = SecretTokens.newToken();
        jdbc.update("""
                insert into fixamingata.pending_update (report_id, action, name, text, email, token_hash, expires_at)
                values (?, ?, ?, ?, ?, ?, now() + make_interval(hours => ?))""",
                report.id(), action.name(), name, text, email, SecretTokens.sha256(token), (int) VALID.toHours());
        notifications.email(email, "Bekräfta din uppdatering i FixaMinGata", """
                Hej!

                Någon, troligen du, har skrivit en uppdatering om rapport nummer %d i FixaMinGata:
                %s

                Öppna länken nedan och tryck på knappen, så publiceras uppdateringen och skickas till kommunen.
                Länken gäller i 24 timmar och kan användas en gång.

                %s/fixamingata/uppdateringar/bekrafta/%s

                Om du inte har skrivit någon uppdatering kan du bortse från det här meddelandet: ingenting publiceras.

                Hälsningar
                FixaMinGata""".formatted(report.id(), reporting.link(report.id()), publicUrl, token));
    }

    Optional<Pending> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        List<Pending> found = jdbc.query("""
                select id, report_id, action, name, text,
                  case when confirmed_at is not null then 'USED' when expires_at <= now() then 'EXPIRED' else 'WAITING' end as status
                from fixamingata.pending_update where token_hash = ?""",
                (rs, i) -> new Pending(rs.getLong("id"), rs.getLong("report_id"), Reporting.ResidentAction.valueOf(rs.getString("action")),
                        rs.getString("name"), rs.getString("text"), Status.valueOf(rs.getString("status"))),
                SecretTokens.sha256(token));
        return found.stream().findFirst();
    }

    /**
     * The button on the link's page: publishes and forwards the update if the token is waiting
     * (and the report still public), once; what the token leads to afterwards, empty if nothing.
     */
    @Transactional
    Optional<Pending> confirm(String token) {
        Optional<Pending> pending = find(token);
        if (pending.isEmpty() || pending.get().status() != Status.WAITING) {
            return pending;
        }
        Pending update = pending.get();
        Optional<Report> report = reports.find(update.reportId()).filter(r -> r.state().isPublic());
        if (report.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.update("""
                update fixamingata.pending_update set confirmed_at = now(), email = ''
                where id = ? and confirmed_at is null and expires_at > now()""", update.id());
        if (taken != 1) {
            return find(token);
        }
        reporting.residentUpdate(report.get(), update.action(), update.name(), update.text());
        return Optional.of(new Pending(update.id(), update.reportId(), update.action(), update.name(), update.text(), Status.WAITING));
    }
}
