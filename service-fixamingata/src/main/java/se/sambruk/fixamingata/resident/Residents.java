package se.sambruk.fixamingata.resident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.Notifications;
import se.sambruk.fixamingata.alert.Alerts;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;
import se.sambruk.fixamingata.SecretTokens;

/**
 * Residents' optional accounts, without passwords: the resident types the e-mail address, gets a
 * link valid for 30 minutes that works once, and is then signed in as that address. Their reports
 * are those confirmed with that address. Deleting the account erases the resident's name, e-mail
 * and phone from their reports (the reports stay: the municipality has them in its case and the
 * public timeline is the street's, not the resident's), removes their alerts and the account.
 */
@Service
public class Residents {

    static final Duration LINK_VALID = Duration.ofMinutes(30);
    /** At most this many sign-in links per address and hour: the form cannot be used to flood someone's inbox. */
    static final int LINKS_PER_HOUR = 5;
    /** What an erased report keeps in place of the reporter's name. */
    static final String ERASED_NAME = "(uppgifter raderade)";
    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Alerts alerts;
    private final Reports reports;
    private final Reporting reporting;
    private final String publicUrl;

    Residents(JdbcTemplate jdbc, Notifications notifications, AuditLog audit, Alerts alerts, Reports reports, Reporting reporting,
              @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.alerts = alerts;
        this.reports = reports;
        this.reporting = reporting;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public Optional<Resident> find(long id) {
        return jdbc.query("select id, email from fixamingata.resident where id = ?", (rs, i) -> new Resident(rs.getLong(1), rs.getString(2)), id)
                .stream().findFirst();
    }

    /** E-mails a sign-in link; false (and nothing sent) when this address asked too often. */
    @Transactional
    public boolean sendSignInLink(String email) {
        Integer recent = jdbc.queryForObject("""
                select count(*) from fixamingata.resident_sign_in where lower(email) = lower(?) and created_at > now() - interval '1 hour'""",
                Integer.class, email);
        if (recent >= LINKS_PER_HOUR) {
            return false;
        }
        String token = SecretTokens.newToken();
        jdbc.update("insert into fixamingata.resident_sign_in (token_hash, email, expires_at) values (?, ?, ?)", SecretTokens.sha256(token), email,
                java.sql.Timestamp.from(Instant.now().plus(LINK_VALID)));
        notifications.email(email, "Logga in på FixaMinGata", """
                Hej!

                Öppna länken nedan för att logga in på FixaMinGata och se dina rapporter och bevakningar.
                Länken gäller i 30 minuter och kan bara användas en gång.

                %s/fixamingata/konto/inloggning/%s

                Om du inte har bett om att logga in kan du bortse från det här meddelandet.

                Hälsningar
                FixaMinGata""".formatted(publicUrl, token));
        return true;
    }

    /** Whether the link is unused and still valid (the page before the button that signs in). */
    public boolean linkValid(String token) {
        Integer valid = jdbc.queryForObject("""
                select count(*) from fixamingata.resident_sign_in where token_hash = ? and used_at is null and expires_at > now()""",
                Integer.class, SecretTokens.sha256(token));
        return valid > 0;
    }

    /** Uses the link: the resident of its address (made on first sign-in), or nothing when the link is used, expired or unknown. */
    @Transactional
    public Optional<Resident> signIn(String token) {
        List<String> email = jdbc.queryForList("""
                update fixamingata.resident_sign_in set used_at = now()
                where token_hash = ? and used_at is null and expires_at > now() returning email""", String.class, SecretTokens.sha256(token));
        if (email.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("""
                insert into fixamingata.resident (email, last_sign_in_at) values (?, now())
                on conflict ((lower(email))) do update set last_sign_in_at = now()""", email.get(0));
        return jdbc.query("select id, email from fixamingata.resident where lower(email) = lower(?)",
                (rs, i) -> new Resident(rs.getLong(1), rs.getString(2)), email.get(0)).stream().findFirst();
    }

    /** One of the resident's reports as their list shows it. */
    public record OwnReport(long id, String title, String detail, ReportState state, Instant createdAt, boolean detailHidden,
                            int photos, int hiddenPhotos, boolean handled, boolean nameShown) {
        public String created() {
            return se.sambruk.fixamingata.report.Times.format(createdAt);
        }

        /** The resident may change the text while the municipality has not answered and the report is open. */
        public boolean editable() {
            return !handled && (state == ReportState.UNCONFIRMED || state == ReportState.CONFIRMED);
        }

        public boolean published() {
            return state.isPublic();
        }
    }

    private static final String OWN = """
            select r.id, r.title, r.detail, r.state, r.created_at, r.detail_hidden, r.first_answer_at is not null as handled, r.show_name,
              (select count(*) from fixamingata.report_photo p where p.report_id = r.id) as photos,
              (select count(*) from fixamingata.report_photo p where p.report_id = r.id and p.hidden) as hidden_photos
            from fixamingata.report r where lower(r.reporter_email) = lower(?) and r.state <> 'DRAFT'
            """;

    public List<OwnReport> reportsOf(Resident resident) {
        return jdbc.query(OWN + " order by r.created_at desc, r.id desc limit 500", (rs, i) -> ownReport(rs), resident.email());
    }

    /** The resident's report, or nothing when it is someone else's. */
    public Optional<OwnReport> reportOf(Resident resident, long reportId) {
        return jdbc.query(OWN + " and r.id = ?", (rs, i) -> ownReport(rs), resident.email(), reportId).stream().findFirst();
    }

    private static OwnReport ownReport(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OwnReport(rs.getLong("id"), rs.getString("title"), rs.getString("detail"), ReportState.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("detail_hidden"), rs.getInt("photos"), rs.getInt("hidden_photos"),
                rs.getBoolean("handled"), rs.getBoolean("show_name"));
    }

    /** New title and description, while not yet handled; staff see in the internal timeline that the resident changed it. */
    @Transactional
    public boolean edit(Resident resident, long reportId, String title, String detail) {
        int changed = jdbc.update("""
                update fixamingata.report set title = ?, detail = ?, updated_at = now()
                where id = ? and lower(reporter_email) = lower(?) and state in ('UNCONFIRMED', 'CONFIRMED') and first_answer_at is null""",
                title, detail, reportId, resident.email());
        if (changed == 1) {
            staffNote(reportId, "Invånaren ändrade rubriken eller beskrivningen via sitt konto.");
        }
        return changed == 1;
    }

    /** Hides the resident's text and/or photos from the public pages, the RSS and Open311. Staff still see them. */
    @Transactional
    public boolean hide(Resident resident, long reportId, boolean text, boolean photos, boolean name) {
        if (reportOf(resident, reportId).isEmpty() || !text && !photos && !name) {
            return false;
        }
        if (name) {
            jdbc.update("update fixamingata.report set show_name = false, updated_at = now() where id = ?", reportId);
        }
        if (text) {
            jdbc.update("update fixamingata.report set detail_hidden = true, updated_at = now() where id = ?", reportId);
        }
        if (photos) {
            jdbc.update("update fixamingata.report_photo set hidden = true where report_id = ?", reportId);
        }
        List<String> what = new java.util.ArrayList<>();
        if (text) {
            what.add("beskrivningen");
        }
        if (photos) {
            what.add("bilderna");
        }
        if (name) {
            what.add("sitt namn");
        }
        staffNote(reportId, "Invånaren dolde " + String.join(" och ", what) + " via sitt konto.");
        return true;
    }

    private void staffNote(long reportId, String text) {
        Report report = reports.find(reportId).orElseThrow();
        reporting.note(report, text, "Invånaren");
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(residentIdOf(report)), null, "fixamingata.report", reportId,
                report.organisationId(), text);
    }

    private Long residentIdOf(Report report) {
        return jdbc.queryForList("select id from fixamingata.resident where lower(email) = lower(?)", Long.class, report.reporterEmail())
                .stream().findFirst().orElse(null);
    }

    /** What deleting the account did. */
    public record Erased(int reportsAnonymised, int unpublishedDeleted, int alertsRemoved) {
    }

    /**
     * Deletes the account: the published reports lose name, e-mail and phone; reports never published
     * (unconfirmed) are deleted; the address's alerts, sign-in links and the account go.
     */
    @Transactional
    public Erased delete(Resident resident) {
        String email = resident.email();
        int anonymised = jdbc.update("""
                update fixamingata.report set reporter_name = ?, reporter_email = '', reporter_phone = null, show_name = false, updated_at = now()
                where lower(reporter_email) = lower(?) and state not in ('DRAFT', 'UNCONFIRMED')""", ERASED_NAME, email);
        int deleted = jdbc.update("delete from fixamingata.report where lower(reporter_email) = lower(?) and state in ('DRAFT', 'UNCONFIRMED')",
                email);
        int removedAlerts = alerts.removeAll(email);
        jdbc.update("delete from fixamingata.resident_sign_in where lower(email) = lower(?)", email);
        jdbc.update("delete from fixamingata.resident where id = ?", resident.id());
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident.id()), null, "fixamingata.resident", resident.id(), null,
                "Kontot raderat av invånaren: %d rapporter avidentifierade, %d opublicerade raderade, %d bevakningar borttagna"
                        .formatted(anonymised, deleted, removedAlerts));
        return new Erased(anonymised, deleted, removedAlerts);
    }

    /** The audit log's actor for a resident: never the address, which is personal data and may be erased. */
    static String actor(Long residentId) {
        return residentId == null ? "invånare" : "invånare #" + residentId;
    }
}
