package se.sambruk.fixamingata.open311;

import java.util.Locale;
import java.util.Map;

import se.sambruk.fixamingata.report.ReportState;

/**
 * Open311 statuses to FixaMinGata's states. The standard has only open and closed; back-ends that
 * speak FixMyStreet's extension send its finer states (investigating, action_scheduled, ...).
 */
public final class Open311Statuses {

    private static final Map<String, ReportState> EXTENDED = Map.ofEntries(
            Map.entry("investigating", ReportState.INVESTIGATING),
            Map.entry("in_progress", ReportState.IN_PROGRESS),
            Map.entry("planned", ReportState.PLANNED),
            Map.entry("action_scheduled", ReportState.ACTION_SCHEDULED),
            Map.entry("fixed", ReportState.FIXED_BY_MUNICIPALITY),
            Map.entry("unable_to_fix", ReportState.UNABLE_TO_FIX),
            Map.entry("not_councils_responsibility", ReportState.NOT_RESPONSIBLE),
            Map.entry("duplicate", ReportState.DUPLICATE),
            Map.entry("internal_referral", ReportState.INTERNAL_REFERRAL),
            Map.entry("no_further_action", ReportState.UNABLE_TO_FIX),
            Map.entry("cancelled", ReportState.CANCELLED));

    private Open311Statuses() {
    }

    /** The state an update means, null when the status is not one we know; "open" and "closed" keep a matching state. */
    public static ReportState fromOpen311(String status, String externalStatus, ReportState current) {
        if (status == null) {
            return null;
        }
        String key = status.strip().toLowerCase(Locale.ROOT);
        if (EXTENDED.containsKey(key)) {
            return EXTENDED.get(key);
        }
        if (key.equals("open")) {
            return current.isOpen() ? current : ReportState.CONFIRMED;
        }
        if (key.equals("closed")) {
            return current.isOpen() ? ReportState.FIXED_BY_MUNICIPALITY : current;
        }
        return null;
    }
}
