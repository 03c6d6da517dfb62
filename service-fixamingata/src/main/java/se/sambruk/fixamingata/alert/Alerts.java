package se.sambruk.fixamingata.alert;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.SecretTokens;

/**
 * Subscribing to alerts (double opt-in: nothing is sent until the e-mailed link is followed, unless
 * the resident is signed in with that address), confirming, unsubscribing by the token every alert
 * e-mail carries, and a signed-in resident's own alerts.
 */
@Service
public class Alerts {

    /** At most this many alerts (confirmed or not) per address, and this many unconfirmed a day. */
    static final int MAX_PER_EMAIL = 20;
    static final int MAX_UNCONFIRMED_PER_DAY = 5;
    static final RowMapper<Alert> ROW = (rs, i) -> new Alert(rs.getLong("id"), rs.getString("email"), Alert.Kind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("report_id"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), (Integer) rs.getObject("radius_m"),
            rs.getString("kommunkod"), rs.getString("unsubscribe_token"),
            rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Reporting reporting;
    private final String publicUrl;

    Alerts(JdbcTemplate jdbc, Notifications notifications, Reporting reporting,
           @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.reporting = reporting;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** What a resident asks to follow, already checked. */
    public record Subscription(Alert.Kind kind, Long reportId, Double lat, Double lon, Integer radiusMetres, String kommunkod, String title) {
    }

    public enum Outcome { CONFIRMATION_SENT, ACTIVE, TOO_MANY }

    /**
     * A new alert. When {@code verified} (the resident is signed in with this address) it is active
     * at once; otherwise a confirmation link is e-mailed and nothing is sent before it is followed.
     */
    @Transactional
    public Outcome subscribe(String email, Subscription subscription, boolean verified) {
        Integer existing = jdbc.queryForObject("select count(*) from fixamingata.alert where lower(email) = lower(?)", Integer.class, email);
        Integer unconfirmedToday = jdbc.queryForObject("""
                select count(*) from fixamingata.alert where lower(email) = lower(?) and confirmed_at is null
                  and created_at > now() - interval '1 day'""", Integer.class, email);
        if (existing >= MAX_PER_EMAIL || !verified && unconfirmedToday >= MAX_UNCONFIRMED_PER_DAY) {
            return Outcome.TOO_MANY;
        }
        String confirmToken = SecretTokens.newToken();
        jdbc.update("""
                insert into fixamingata.alert (email, kind, report_id, lat, lon, radius_m, kommunkod, confirm_token, unsubscribe_token, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)""",
                email, subscription.kind().name(), subscription.reportId(), subscription.lat(), subscription.lon(), subscription.radiusMetres(),
                subscription.kommunkod(), confirmToken, SecretTokens.newToken(), verified);
        if (verified) {
            return Outcome.ACTIVE;
        }
        notifications.email(email, "Bekräfta din bevakning i FixaMinGata", """
                Hej!

                Du (eller någon som angav din adress) vill få e-post från FixaMinGata om: %s.

                Bekräfta bevakningen genom att öppna länken nedan och trycka på knappen. Utan bekräftelse skickar vi ingenting.

                %s/fixamingata/bevakningar/bekrafta/%s

                Om det inte var du kan du bortse från det här meddelandet.

                Hälsningar
                FixaMinGata""".formatted(subscription.title(), publicUrl, confirmToken));
        return Outcome.CONFIRMATION_SENT;
    }

    /** Follows the e-mailed link; idempotent. */
    @Transactional
    public Optional<Alert> confirm(String confirmToken) {
        jdbc.update("update fixamingata.alert set confirmed_at = now() where confirm_token = ? and confirmed_at is null", confirmToken);
        return jdbc.query("select * from fixamingata.alert where confirm_token = ?", ROW, confirmToken).stream().findFirst();
    }

    public Optional<Alert> byConfirmToken(String token) {
        return jdbc.query("select * from fixamingata.alert where confirm_token = ?", ROW, token).stream().findFirst();
    }

    public Optional<Alert> byUnsubscribeToken(String token) {
        return jdbc.query("select * from fixamingata.alert where unsubscribe_token = ?", ROW, token).stream().findFirst();
    }

    @Transactional
    public boolean unsubscribe(String token) {
        return jdbc.update("delete from fixamingata.alert where unsubscribe_token = ?", token) == 1;
    }

    /** A signed-in resident's alerts: those of the address they signed in with. */
    public List<Alert> ofEmail(String email) {
        return jdbc.query("select * from fixamingata.alert where lower(email) = lower(?) order by created_at desc, id desc", ROW, email);
    }

    /** Removes the alert only when it is this address's; whether it was. */
    @Transactional
    public boolean remove(long alertId, String email) {
        return jdbc.update("delete from fixamingata.alert where id = ? and lower(email) = lower(?)", alertId, email) == 1;
    }

    @Transactional
    public int removeAll(String email) {
        return jdbc.update("delete from fixamingata.alert where lower(email) = lower(?)", email);
    }

    /** What the alert follows, in words, for pages and e-mails. */
    public String describe(Alert alert) {
        return switch (alert.kind()) {
            case REPORT -> "rapport " + alert.reportId() + " (" + reporting.link(alert.reportId()) + ")";
            case AREA -> "nya rapporter inom " + radius(alert.radiusMetres()) + " från " + point(alert.lat(), alert.lon());
            case MUNICIPALITY -> "nya rapporter i " + reporting.municipalityName(alert.kommunkod());
        };
    }

    static String radius(int metres) {
        return metres % 1000 == 0 ? metres / 1000 + " km" : metres + " m";
    }

    static String point(double lat, double lon) {
        return String.format(java.util.Locale.ROOT, "%.5f, %.5f", lat, lon);
    }
}
