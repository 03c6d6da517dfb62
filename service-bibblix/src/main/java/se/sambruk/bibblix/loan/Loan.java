package se.sambruk.bibblix.loan;

import java.time.OffsetDateTime;

/** A loan as the child sees it in "my loans". */
public record Loan(long id, long titleId, String title, String authors, OffsetDateTime borrowedAt, OffsetDateTime dueAt,
                   OffsetDateTime endedAt, String deliveryUrl) {

    public boolean active() {
        return endedAt == null;
    }
}
