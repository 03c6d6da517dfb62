package se.sambruk.fixamingata.open311;

import java.util.Locale;
import java.util.Map;

import se.sambruk.fixamingata.report.ReportState;

/**
 * Open311 statuses and FixaMinGata's states. GeoReport v2 has only {@code open} and {@code closed}
 * (used in service requests); FixMyStreet's extension, which back-ends send and expect in
 * {@code servicerequestupdates}, has finer ones ({@code investigating}, {@code in_progress},
 * {@code action_scheduled}, {@code fixed}, ...), written in any case ({@code IN_PROGRESS}).
 */
public final class Open311Statuses {

    private static final Map<String, ReportState> EXTENDED = Map.ofEntries(
            Map.entry("investigating", ReportState.INVESTIGATING),
            Map.entry("in_progress", ReportState.IN_PROGRESS),
            Map.entry("planned", ReportState.PLANNED),
            Map.entry("action_scheduled", ReportState.ACTION_SCHEDULED),
            Map.entry("fixed", ReportState.FIXED_BY_MUNICIPALITY),
            Map.entry("unable_to_fix", ReportState.UNABLE_TO_FIX),
            Map.entry("no_further_action", ReportState.UNABLE_TO_FIX),
            Map.entry("not_councils_responsibility", ReportState.NOT_RESPONSIBLE),
            Map.entry("duplicate", ReportState.DUPLICATE),
            Map.entry("internal_referral", ReportState.INTERNAL_REFERRAL),
            Map.entry("cancelled", ReportState.CANCELLED),
            // sent to "put it back in the queue": the report is open again, waiting to be looked at
            Map.entry("for_triage", ReportState.CONFIRMED));

    private Open311Statuses() {
    }

    /**
     * The state an update means, null when the status is not one we know. {@code open} and
     * {@code reopen} keep an open state (or reopen a closed report), {@code closed} keeps a closed
     * one (or closes an open report as fixed).
     */
    public static ReportState fromOpen311(String status, String externalStatus, ReportState current) {
        if (status == null) {
            return null;
        }
        String key = status.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (EXTENDED.containsKey(key)) {
            return EXTENDED.get(key);
        }
        if (key.equals("open") || key.equals("reopen")) {
            return current.isOpen() ? current : ReportState.CONFIRMED;
        }
        if (key.equals("closed")) {
            return current.isOpen() ? ReportState.FIXED_BY_MUNICIPALITY : current;
        }
        return null;
    }

    /** The statuses {@link #fromOpen311} knows, for error messages and the documentation. */
    public static String known() {
        return "open, closed, reopen, for_triage, investigating, in_progress, planned, action_scheduled, fixed, no_further_action, "
                + "unable_to_fix, not_councils_responsibility, duplicate, internal_referral, cancelled";
    }

    /** The state in FixMyStreet's extended status, lower case as its Open311 servers and adapters write it. */
    public static String extended(ReportState state) {
        return switch (state) {
            case INVESTIGATING -> "investigating";
            case IN_PROGRESS -> "in_progress";
            case PLANNED, ACTION_SCHEDULED -> "action_scheduled";
            case FIXED, FIXED_BY_MUNICIPALITY, FIXED_BY_USER -> "fixed";
            case UNABLE_TO_FIX -> "no_further_action";
            case NOT_RESPONSIBLE -> "not_councils_responsibility";
            case DUPLICATE -> "duplicate";
            case INTERNAL_REFERRAL -> "internal_referral";
            case CANCELLED -> "closed";
            default -> state.isOpen() ? "open" : "closed";
        };
    }
}
