package se.sambruk.fixamingata.report;

/** A report as a resident (or an Open311 client) sends it, already validated. */
public record NewReport(long organisationId, String kommunkod, long categoryId, double lat, double lon, String title, String detail,
                        String name, String email, String phone, boolean showName, String source) {
}
