package se.sambruk.core.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.PlatformTest;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/** Which audit entries survive the work they record: their own transaction, or the caller's. */
class AuditLogTests extends PlatformTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEntryInItsOwnTransactionIsKeptWhenTheWorkRollsBack() {
        String target = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            audit.record(AuditAction.PERSONAL_DATA_READ, "tester", null, "test", target, null, "read, then the work failed");
            status.setRollbackOnly();
        });

        assertThat(entries(target)).isEqualTo(1);
    }

    @Test
    void anEntryWithinTheCallersTransactionGoesWithItsWork() {
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            audit.recordWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, "tester", null, "test", rolledBack, null, "sent, then undone");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status ->
                audit.recordWithinTransaction(AuditAction.PERSONAL_DATA_CHANGED, "tester", null, "test", committed, null, "sent"));

        assertThat(entries(rolledBack)).isZero();
        assertThat(entries(committed)).isEqualTo(1);
    }

    @Test
    void controlCharactersAndOverlongTextAreCleanedNotRefused() {
        String target = UUID.randomUUID().toString();

        audit.record(AuditAction.PERSONAL_DATA_READ, "tes\u0000ter\n", null, "test", target, null, "x".repeat(5_000));

        assertThat(jdbc.queryForObject("select actor from core.audit_event where target_id = ?", String.class, target)).isEqualTo("tes ter ");
        assertThat(jdbc.queryForObject("select length(detail) from core.audit_event where target_id = ?", Integer.class, target)).isEqualTo(1000);
    }

    private int entries(String target) {
        return jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'test' and target_id = ?", Integer.class, target);
    }
}
