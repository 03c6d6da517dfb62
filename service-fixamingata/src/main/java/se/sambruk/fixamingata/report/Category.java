package se.sambruk.fixamingata.report;

/** A category of a municipality's, and where its reports go. */
public record Category(long id, long organisationId, String name, SendMethod sendMethod, String sendTo, String sendKey,
                       String externalCode, boolean trafikverket, boolean active, int position) {

    public enum SendMethod { EMAIL, OPEN311, SERVICENOW }

    /** The Open311 service_code: the category's id, stable however the name changes. */
    public String serviceCode() {
        return String.valueOf(id);
    }
}
