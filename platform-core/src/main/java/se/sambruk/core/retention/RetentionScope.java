package se.sambruk.core.retention;

/**
 * Which data a preview or run covers: one organisation ({@code organisationId}) or all (null),
 * the moment that counts as now (a preview and the run after it use the same rule), the periods
 * in force ({@link KeepDays}) and how many items a preview lists at most.
 */
public record RetentionScope(Long organisationId, java.time.Instant now, KeepDays keepDays, int listLimit) {

    /** The days to keep a rule's data for an organisation (its own setting, else the rule's default). */
    @FunctionalInterface
    public interface KeepDays {
        int of(Long organisationId);
    }

    public boolean allOrganisations() {
        return organisationId == null;
    }
}
