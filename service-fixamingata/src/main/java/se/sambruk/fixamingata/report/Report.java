package se.sambruk.fixamingata.report;

import java.time.Instant;

/** A resident's report as stored; what the public may see of it is decided where it is shown. */
public record Report(long id, long organisationId, String kommunkod, long categoryId, String categoryName, double lat, double lon,
                     String title, String detail, String reporterName, String reporterEmail, String reporterPhone,
                     boolean showName, ReportState state, String source, String manageToken, Long duplicateOf,
                     String priority, String assignedTo, String externalId, boolean detailHidden, Instant createdAt,
                     Instant confirmedAt, Instant updatedAt, int photoCount, String address, String mediaUrl) {

    /** The name the public sees: the reporter's only if they chose so. */
    public String publicName() {
        return showName ? reporterName : null;
    }

    public String publicDetail() {
        return detailHidden ? null : detail;
    }

    public String created() {
        return Times.format(createdAt);
    }
}
