package se.sambruk.egil.sync;

/** EGIL's SCIM object types, in the order they are sent (deletions go in reverse). */
public enum ScimType {
    ORGANISATION("Organisations", "Organisation"),
    SCHOOL_UNIT_GROUP("SchoolUnitGroups", "SchoolUnitGroup"),
    SCHOOL_UNIT("SchoolUnits", "SchoolUnit"),
    STUDENT("Users", "User"),
    TEACHER("Users", "User"),
    EMPLOYMENT("Employments", "Employment"),
    STUDENT_GROUP("StudentGroups", "StudentGroup"),
    ACTIVITY("Activities", "Activity");

    static final String SCHOOL_SCHEMA = "urn:scim:schemas:extension:sis:school:1.0";
    static final String CORE_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

    private final String endpoint;
    private final String schemaName;

    ScimType(String endpoint, String schemaName) {
        this.endpoint = endpoint;
        this.schemaName = schemaName;
    }

    /** The collection on the supplier's SCIM server, such as {@code Users}. */
    public String endpoint() {
        return endpoint;
    }

    public String schema() {
        return SCHOOL_SCHEMA + ":" + schemaName;
    }

    /** Whether the object is personal data about one person (its transfers are audited). */
    public boolean personal() {
        return this == STUDENT || this == TEACHER || this == EMPLOYMENT;
    }
}
