package se.sambruk.core.retention;

import java.util.Map;

/**
 * One kind of personal data and how long it is kept. Register an implementation as a Spring bean;
 * the core runs it each night ({@link Retention}) and shows it to the organisations it concerns.
 * {@link #preview} and {@link #apply} must agree: apply removes (deletes or anonymises) exactly
 * what preview, at the same moment, counts. Most rules are one table and one time column: extend
 * {@link SqlRetentionRule} instead of implementing this.
 */
public interface RetentionRule {

    /** Unique and stable, {@code <service>.<what>}, e.g. {@code "fixamingata.unconfirmed-alerts"}; at most 100 characters. */
    String name();

    /** The owning service's code ({@code "uka"}), or {@code "core"}. Organisations see the rules of the services they use. */
    String service();

    /** What goes and when, in Swedish, for the administrator's page ("Larm som aldrig bekräftats tas bort efter ..."). */
    String description();

    /** The legal ground for keeping the data as long as this, in Swedish ("GDPR art. 5.1 e; 26 kap. SoL"). */
    String legalGround();

    /** How many days the data is kept when no organisation has set its own period. */
    int defaultKeepDays();

    /**
     * Whether each organisation sets its own period (within {@link #minKeepDays()} and
     * {@link #maxKeepDays()}), as where the municipality decides its own gallring. Such a rule
     * must be per organisation ({@link #perOrganisation()}).
     */
    default boolean organisationSetsPeriod() {
        return false;
    }

    default int minKeepDays() {
        return 1;
    }

    default int maxKeepDays() {
        return 36_500;
    }

    /** Whether the data belongs to organisations (false: platform-wide data such as the mail outbox, shown to staff only). */
    default boolean perOrganisation() {
        return true;
    }

    /** What would go now: counts per organisation (key null for platform-wide data) and up to {@code scope.listLimit()} items. */
    RetentionPreview preview(RetentionScope scope);

    /** Removes what has outlived its period; how many rows went per organisation (key null for platform-wide data). */
    Map<Long, Integer> apply(RetentionScope scope);
}
