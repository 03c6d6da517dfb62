package se.sambruk.bibblix.library;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.bibblix.sip2.CardCheck;
import se.sambruk.bibblix.sip2.Sip2Client;
import se.sambruk.core.http.OutgoingUrls;

/** The municipalities' libraries, one per municipality, and the card check against each one's system. */
@Component
public class Libraries {

    static final String PASSWORD_PURPOSE = "sip2-login-password";

    private final JdbcClient jdbc;
    private final BibblixSecrets secrets;
    private final Sip2Client sip2;
    private final OutgoingUrls outgoing;

    Libraries(JdbcClient jdbc, BibblixSecrets secrets, Sip2Client sip2, OutgoingUrls outgoing) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.sip2 = sip2;
        this.outgoing = outgoing;
    }

    /** The SIP2 server as an address for the core's outgoing-address guard (the scheme is only a carrier for host and port). */
    public static String sip2Uri(String host, int port) {
        return "http://" + host + ":" + port + "/";
    }

    public List<Library> all() {
        return jdbc.sql("select * from bibblix.library order by name").query(Library.class).list();
    }

    public Optional<Library> byId(long id) {
        return jdbc.sql("select * from bibblix.library where id = ?").param(id).query(Library.class).optional();
    }

    public Optional<Library> ofOrganisation(long organisationId) {
        return jdbc.sql("select * from bibblix.library where organisation_id = ?").param(organisationId).query(Library.class).optional();
    }

    /**
     * Saves a municipality's library. A blank password keeps the stored one; {@code clearPassword}
     * removes it.
     */
    @Transactional
    public void save(long organisationId, LibrarySettings settings, boolean clearPassword) {
        String cipher = settings.loginPassword() == null || settings.loginPassword().isBlank() ? null
                : secrets.seal(PASSWORD_PURPOSE, settings.loginPassword());
        jdbc.sql("""
                        insert into bibblix.library (organisation_id, name, sip_host, sip_port, sip_tls, institution_id, login_user,
                                                     login_password_cipher, location_code, error_detection, timeout_ms, history_days)
                        values (:org, :name, :host, :port, :tls, :institution, :user, :cipher, :location, :detect, :timeout, :days)
                        on conflict (organisation_id) do update set name = excluded.name, sip_host = excluded.sip_host, sip_port = excluded.sip_port,
                            sip_tls = excluded.sip_tls, institution_id = excluded.institution_id, login_user = excluded.login_user,
                            login_password_cipher = case when :clear then null else coalesce(excluded.login_password_cipher, bibblix.library.login_password_cipher) end,
                            location_code = excluded.location_code, error_detection = excluded.error_detection, timeout_ms = excluded.timeout_ms,
                            history_days = excluded.history_days, updated_at = now()
                        """)
                .param("org", organisationId).param("name", settings.name()).param("host", settings.sipHost()).param("port", settings.sipPort())
                .param("tls", settings.sipTls()).param("institution", settings.institutionId()).param("user", blankToNull(settings.loginUser()))
                .param("cipher", cipher).param("location", blankToNull(settings.locationCode())).param("detect", settings.errorDetection())
                .param("timeout", settings.timeoutMs()).param("days", settings.historyDays()).param("clear", clearPassword)
                .update();
    }

    /** Asks the library's system whether the card and PIN are good. */
    public CardCheck check(Library library, String card, String pin) {
        // checked again at every connection, and the connection goes to the address checked: a host
        // name may have come to point inside since it was saved, or between a look-up and the next
        java.net.InetSocketAddress target;
        try {
            target = outgoing.resolve(java.net.URI.create(sip2Uri(library.sipHost(), library.sipPort())));
        } catch (se.sambruk.core.http.OutgoingUrlRefused | IllegalArgumentException refused) {
            return CardCheck.UNAVAILABLE;
        }
        String password = library.loginPasswordCipher() == null ? null : secrets.open(PASSWORD_PURPOSE, library.loginPasswordCipher());
        return sip2.check(library.settings(password), target, card, pin);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What a librarian sets (and the demo data). */
    public record LibrarySettings(String name, String sipHost, int sipPort, boolean sipTls, String institutionId, String loginUser,
                                  String loginPassword, String locationCode, boolean errorDetection, int timeoutMs, int historyDays) {
    }
}
