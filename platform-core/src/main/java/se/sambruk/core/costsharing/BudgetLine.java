package se.sambruk.core.costsharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a service's yearly budget, in öre. */
@Embeddable
public record BudgetLine(
        @Enumerated(EnumType.STRING) CostLineKind kind,
        String description,
        @Column(name = "amount_ore") long amount) {
}
