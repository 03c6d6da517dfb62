package se.sambruk.fixamingata.report;

import java.time.Instant;

/** One entry of a report's timeline. Internal notes are for staff only. */
public record ReportUpdate(long id, long reportId, Instant createdAt, Kind kind, ReportState state, String text, String author,
                           boolean internal, boolean hidden, String externalId) {

    public enum Kind {
        /** a resident's comment */
        COMMENT,
        /** the municipality's answer, with or without a change of state */
        ANSWER,
        /** a resident says it is fixed */
        FIXED_BY_USER,
        /** a resident says it is not fixed after all: reaches the municipality */
        REOPENED,
        /** staff only */
        NOTE,
        /** a moderation, with the reason (staff only) */
        MODERATION,
        /** an update pulled from or pushed by the municipality's back-end */
        BACKEND,
        /** staff changed the category */
        CATEGORY_CHANGED,
        /** staff moved the point */
        MOVED,
        /** staff sent the report on to another municipality or to Trafikverket */
        REROUTED
    }

    public String created() {
        return Times.format(createdAt);
    }
}
