package se.sambruk.core;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what, when, to which record of which organisation, and from where.
 * Entries are written in their own transaction so that they are kept even when the work that
 * caused them is read-only or rolls back.
 */
@Component
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A read of personal data by the current user. */
    public void personalDataRead(String targetType, Object targetId, Long targetOrganisationId, String detail) {
        record(AuditAction.PERSONAL_DATA_READ, targetType, targetId, targetOrganisationId, detail);
    }

    /** A change of personal data by the current user. */
    public void personalDataChanged(String targetType, Object targetId, Long targetOrganisationId, String detail) {
        record(AuditAction.PERSONAL_DATA_CHANGED, targetType, targetId, targetOrganisationId, detail);
    }

    /** An entry on behalf of the current user (or anonymous). */
    public void record(AuditAction action, String targetType, Object targetId, Long targetOrganisationId, String detail) {
        CurrentUser user = CurrentUser.get().orElse(null);
        record(action, user == null ? null : user.name(), user == null ? null : user.organisationId(),
                targetType, targetId, targetOrganisationId, detail);
    }

    /** An entry for a named actor, as for logins where nobody is signed in yet. */
    public void record(AuditAction action, String actor, Long actorOrganisationId,
                       String targetType, Object targetId, Long targetOrganisationId, String detail) {
        String address = remoteAddress();
        ownTransaction.executeWithoutResult(status ->
                insert(action, actor, actorOrganisationId, targetType, targetId, targetOrganisationId, detail, address));
    }

    /**
     * An entry for a named actor written in the caller's transaction (not its own): it is
     * committed together with the work it records, or not at all. For work that writes many
     * entries, such as a sync that records each transfer with the transfer's own state.
     */
    public void recordWithinTransaction(AuditAction action, String actor, Long actorOrganisationId,
                                        String targetType, Object targetId, Long targetOrganisationId, String detail) {
        insert(action, actor, actorOrganisationId, targetType, targetId, targetOrganisationId, detail, remoteAddress());
    }

    /** One entry of {@link #recordAllWithinTransaction}: the record it is about and what was done. */
    public record Entry(Object targetId, String detail) {
    }

    /**
     * Many entries of one kind for one actor, written in the caller's transaction as one JDBC
     * batch: for work that records thousands of changes at once (EGIL's sync records each batch
     * of transfers with their state).
     */
    public void recordAllWithinTransaction(AuditAction action, String actor, Long actorOrganisationId, String targetType,
                                           Long targetOrganisationId, java.util.List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String address = truncate(remoteAddress(), 64);
        jdbc.batchUpdate("""
                        insert into core.audit_event
                          (action, actor, actor_org_id, target_type, target_id, target_org_id, detail, remote_address)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                entries.stream().map(e -> new Object[] {action.name(), truncate(actor, 100), actorOrganisationId, truncate(targetType, 60),
                        e.targetId() == null ? null : truncate(e.targetId().toString(), 100), targetOrganisationId,
                        truncate(e.detail(), 1000), address}).toList());
    }

    private void insert(AuditAction action, String actor, Long actorOrganisationId, String targetType, Object targetId,
                        Long targetOrganisationId, String detail, String address) {
        jdbc.update("""
                        insert into core.audit_event
                          (action, actor, actor_org_id, target_type, target_id, target_org_id, detail, remote_address)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                action.name(), truncate(actor, 100), actorOrganisationId, truncate(targetType, 60),
                targetId == null ? null : truncate(targetId.toString(), 100), targetOrganisationId,
                truncate(detail, 1000), truncate(address, 64));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
