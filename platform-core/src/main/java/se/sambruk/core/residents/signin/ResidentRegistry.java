package se.sambruk.core.residents.signin;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.Residents;

/** {@link Residents}: the people who signed in ({@code core.resident}) and the municipalities' marks of protected identity. */
@Component
class ResidentRegistry implements Residents {

    private final JdbcTemplate jdbc;
    private final ResidentSession session;
    private final AuditLog audit;

    ResidentRegistry(JdbcTemplate jdbc, ResidentSession session, AuditLog audit) {
        this.jdbc = jdbc;
        this.session = session;
        this.audit = audit;
    }

    @Override
    public Optional<CurrentResident> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return session.current(attributes.getRequest()).map(SignedInResident::toCurrent);
        }
        return Optional.empty();
    }

    @Override
    public boolean hasProtectedIdentity(PersonalIdentityNumber number) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from core.resident where personal_identity_number = ? and protected_identity)
                    or exists (select 1 from core.resident_protected_identity where personal_identity_number = ?)
                """, Boolean.class, number.value(), number.value()));
    }

    @Override
    public void markProtectedIdentity(PersonalIdentityNumber number, long organisationId) {
        String by = CurrentUser.get().map(CurrentUser::name).orElse(null);
        jdbc.update("""
                insert into core.resident_protected_identity (personal_identity_number, organisation_id, marked_by)
                values (?, ?, ?) on conflict do nothing
                """, number.value(), organisationId, by);
        audit.personalDataChanged("protected-identity", number.masked(), organisationId, "marked protected identity");
    }

    @Override
    public void unmarkProtectedIdentity(PersonalIdentityNumber number, long organisationId) {
        jdbc.update("delete from core.resident_protected_identity where personal_identity_number = ? and organisation_id = ?",
                number.value(), organisationId);
        audit.personalDataChanged("protected-identity", number.masked(), organisationId, "removed mark of protected identity");
    }

    /** The resident's stable id, recording the name and the provider's word on protected identity of this sign-in. */
    @Transactional
    long signedIn(IdentityClaims identity, Instant at) {
        return jdbc.queryForObject("""
                insert into core.resident (personal_identity_number, given_name, surname, protected_identity, first_sign_in, last_sign_in)
                values (?, ?, ?, ?, ?, ?)
                on conflict (personal_identity_number) do update
                   set given_name = excluded.given_name, surname = excluded.surname,
                       protected_identity = excluded.protected_identity, last_sign_in = excluded.last_sign_in
                returning id
                """, Long.class, identity.personalIdentityNumber().value(), identity.givenName(), identity.surname(),
                identity.protectedIdentity(), Timestamp.from(at), Timestamp.from(at));
    }

    /** One line of the resident's own sign-in log. */
    record LogEntry(Instant at, AuditAction action, String detail, String remoteAddress) {
    }

    /** The resident's own sign-ins, sign-outs and signatures, newest first (the audit log's entries for the resident). */
    List<LogEntry> log(long residentId, int limit) {
        return jdbc.query("""
                select occurred_at, action, detail, remote_address from core.audit_event
                 where actor = ? and action in ('LOGIN_SUCCESS', 'LOGOUT', 'DOCUMENT_SIGNED')
                 order by occurred_at desc limit ?
                """, (row, i) -> new LogEntry(row.getTimestamp(1).toInstant(), AuditAction.valueOf(row.getString(2)),
                row.getString(3), row.getString(4)), SignedInResident.actor(residentId), limit);
    }
}
