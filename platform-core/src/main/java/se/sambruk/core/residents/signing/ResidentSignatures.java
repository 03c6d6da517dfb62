package se.sambruk.core.residents.signing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.ResidentSignInRequired;
import se.sambruk.core.residents.Residents;
import se.sambruk.core.residents.Signature;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;
import se.sambruk.core.residents.signin.PendingAuthorization;
import se.sambruk.core.residents.signin.SignatureCallback;
import se.sambruk.core.residents.signin.SignedInResident;
import se.sambruk.core.residents.signin.VerifiedIdentity;

/**
 * {@link Signatures}: requests wait in the resident's session (at most a few, for 15 minutes);
 * a signature's fresh authentication comes back through the sign-in's answer path and is stored
 * in {@code core.resident_signature} with the summary, the SHA-256, the ID token and the time,
 * and audited ({@code DOCUMENT_SIGNED}).
 */
@Component
class ResidentSignatures implements Signatures, SignatureCallback {

    static final String PENDING = "se.sambruk.core.residents.signatures";
    private static final Duration KEPT = Duration.ofMinutes(15);
    private static final int MAX_PENDING = 5;

    private final Residents residents;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ResidentSignatures(Residents residents, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String request(SignatureRequest request) {
        CurrentResident resident = residents.require();
        HttpServletRequest http = currentRequest().orElseThrow(ResidentSignInRequired::new);
        String token = java.util.UUID.randomUUID().toString();
        PendingSignature pending = new PendingSignature(token, request.serviceCode(), request.documentRef(), request.summary(),
                Signature.sha256Hex(request.document()), request.returnTo(), resident.id(), clock.instant());
        HttpSession session = http.getSession(true);
        Map<String, PendingSignature> all = pending(session);
        all.values().removeIf(old -> old.createdAt().plus(KEPT).isBefore(clock.instant()));
        while (all.size() >= MAX_PENDING) {
            all.remove(all.keySet().iterator().next());
        }
        all.put(token, pending);
        session.setAttribute(PENDING, all);
        return "/e-tjanster/signera/" + token;
    }

    /** The resident's pending signature with this token, if it is still waiting. */
    Optional<PendingSignature> pending(HttpServletRequest request, String token, long residentId) {
        HttpSession session = request.getSession(false);
        if (session == null || token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending(session).get(token))
                .filter(found -> found.residentId() == residentId && found.createdAt().plus(KEPT).isAfter(clock.instant()));
    }

    void abandon(HttpServletRequest request, String token) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Map<String, PendingSignature> all = pending(session);
            all.remove(token);
            session.setAttribute(PENDING, all);
        }
    }

    @Override
    public String signed(HttpServletRequest request, PendingAuthorization authorization, VerifiedIdentity identity, SignedInResident signer) {
        PendingSignature pending = pending(request, authorization.signingToken(), signer.id())
                .filter(found -> found.sha256().equals(authorization.documentSha256()))
                .orElse(null);
        if (pending == null) {
            return "/e-tjanster";
        }
        abandon(request, pending.token());
        java.time.Instant now = clock.instant();
        long id = jdbc.queryForObject("""
                insert into core.resident_signature
                  (service_code, document_ref, summary, sha256, resident_id, signer_name, provider, provider_answer, signed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, pending.serviceCode(), pending.documentRef(), pending.summary(), pending.sha256(), signer.id(),
                (identity.identity().givenName() + " " + identity.identity().surname()).strip(), identity.providerId(),
                identity.idToken(), Timestamp.from(now));
        audit.record(AuditAction.DOCUMENT_SIGNED, signer.actor(), null, "resident-signature", id, null,
                pending.serviceCode() + " " + pending.documentRef() + " sha256 " + pending.sha256());
        return withParameter(pending.returnTo(), String.valueOf(id));
    }

    @Override
    public String cancelled(HttpServletRequest request, PendingAuthorization authorization) {
        return withParameter(authorization.returnTo(), "avbruten");
    }

    static String withParameter(String returnTo, String value) {
        return UriComponentsBuilder.fromUriString(returnTo).replaceQueryParam("signatur", value).build().toUriString();
    }

    @Override
    public Optional<Signature> find(String serviceCode, long id) {
        return jdbc.query(SELECT + " where s.service_code = ? and s.id = ?", ROW, serviceCode, id).stream().findFirst();
    }

    @Override
    public Optional<Signature> latest(String serviceCode, String documentRef) {
        return jdbc.query(SELECT + " where s.service_code = ? and s.document_ref = ? order by s.signed_at desc, s.id desc limit 1",
                ROW, serviceCode, documentRef).stream().findFirst();
    }

    private static final String SELECT = """
            select s.id, s.service_code, s.document_ref, s.summary, s.sha256, s.resident_id, r.personal_identity_number,
                   s.signer_name, s.provider, s.provider_answer, s.signed_at
              from core.resident_signature s join core.resident r on r.id = s.resident_id""";

    private static final RowMapper<Signature> ROW = (row, i) -> new Signature(row.getLong(1), row.getString(2), row.getString(3),
            row.getString(4), row.getString(5), row.getLong(6), new PersonalIdentityNumber(row.getString(7)), row.getString(8),
            row.getString(9), row.getString(10), row.getTimestamp(11).toInstant());

    @SuppressWarnings("unchecked")
    private static Map<String, PendingSignature> pending(HttpSession session) {
        Object stored = session.getAttribute(PENDING);
        return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, PendingSignature>) map : new LinkedHashMap<>();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
