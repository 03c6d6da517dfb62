package se.sambruk.multifraga.sources;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.sambruk.multifraga.lookups.ResultBox;

/**
 * Each municipality's client certificate for the agencies (PKCS#12 and password sealed with the
 * result key). An expired or not yet valid certificate is refused when uploaded, and a stored one
 * that has expired since is refused before any call, with a message that says when it expired.
 */
@Service
public class ClientCertificates {

    public record Info(String subject, Instant notBefore, Instant notAfter, String uploadedBy, OffsetDateTime uploadedAt) {
        public boolean expired(Instant now) {
            return now.isAfter(notAfter);
        }
    }

    /** A certificate that cannot be used now; the message is for the caseworker. */
    public static final class Expired extends Exception {
        Expired(String message) {
            super(message, null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final ResultBox box;
    /**
     * The certificates opened, per organisation with the sealed value they came from: SSBTEK and
     * LEFI ask for the certificate on every question (eight per person and look-up), and opening
     * a PKCS#12 file derives its keys from the password each time. A new upload changes the
     * sealed value, so the next question opens the new one (on every node).
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, Opened> opened = new java.util.concurrent.ConcurrentHashMap<>();

    private record Opened(String sealed, CertificateFile file) {
    }

    ClientCertificates(JdbcClient jdbc, ResultBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /** Stores the organisation's certificate in place of the last; refuses an expired or not yet valid one (message key). */
    public void store(long organisationId, CertificateFile file, String uploadedBy, Instant now) throws CertificateFile.Unreadable {
        if (file.expired(now)) {
            throw new CertificateFile.Unreadable("mf.cert.error.expired");
        }
        if (file.notYetValid(now)) {
            throw new CertificateFile.Unreadable("mf.cert.error.notYetValid");
        }
        String plain = Base64.getEncoder().encodeToString(file.pkcs12()) + ":" + Base64.getEncoder().encodeToString(file.password().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        jdbc.sql("""
                        insert into multifraga.client_certificate (organisation_id, sealed, subject, not_before, not_after, uploaded_by)
                        values (:org, :sealed, :subject, :from, :to, :by)
                        on conflict (organisation_id) do update set sealed = excluded.sealed, subject = excluded.subject,
                            not_before = excluded.not_before, not_after = excluded.not_after, uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
                .param("org", organisationId).param("sealed", box.seal("certificate:" + organisationId, plain)).param("subject", file.subject())
                .param("from", OffsetDateTime.ofInstant(file.notBefore(), ZoneId.of("UTC")))
                .param("to", OffsetDateTime.ofInstant(file.notAfter(), ZoneId.of("UTC"))).param("by", uploadedBy).update();
    }

    public Optional<Info> info(long organisationId) {
        return jdbc.sql("select subject, not_before, not_after, uploaded_by, uploaded_at from multifraga.client_certificate where organisation_id = :org")
                .param("org", organisationId)
                .query((rs, n) -> new Info(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /** The organisation's certificate for a call now: empty when none is stored; {@link Expired} when it cannot be used. */
    public Optional<CertificateFile> forCall(long organisationId, Instant now) throws Expired {
        Optional<String> sealed = jdbc.sql("select sealed from multifraga.client_certificate where organisation_id = :org")
                .param("org", organisationId).query(String.class).optional();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        Opened kept = opened.get(organisationId);
        CertificateFile file;
        if (kept != null && kept.sealed().equals(sealed.get())) {
            file = kept.file();
        } else {
            String[] parts = box.open("certificate:" + organisationId, sealed.get()).split(":", 2);
            try {
                file = CertificateFile.read(Base64.getDecoder().decode(parts[0]),
                        new String(Base64.getDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8));
            } catch (CertificateFile.Unreadable e) {
                throw new Expired("Kommunens klientcertifikat går inte att läsa. Ladda upp det på nytt under Multifråga → Klientcertifikat.");
            }
            opened.put(organisationId, new Opened(sealed.get(), file));
        }
        if (file.expired(now)) {
            throw new Expired("Kommunens klientcertifikat gick ut " + java.time.LocalDate.ofInstant(file.notAfter(), ZoneId.of("Europe/Stockholm"))
                    + ". Frågan skickades inte. Ladda upp ett giltigt certifikat under Multifråga → Klientcertifikat.");
        }
        return Optional.of(file);
    }
}
