package se.sambruk.core;

/** The roles of the core. Service modules add their own (for example FMG_HANDLER). */
public final class Roles {

    /** Sambruk's staff: administers the association's register. Reads no personal data in services. */
    public static final String SAMBRUK_ADMIN = "SAMBRUK_ADMIN";
    /** A member organisation's administrator: its users and audit log. */
    public static final String ORG_ADMIN = "ORG_ADMIN";
    /** A municipal caseworker: works in the services the organisation subscribes to. */
    public static final String CASEWORKER = "CASEWORKER";
    /** The organisation's delegate to a steering council (förvaltningsråd). */
    public static final String COUNCIL_DELEGATE = "COUNCIL_DELEGATE";

    public static final java.util.List<String> CORE_ROLES = java.util.List.of(SAMBRUK_ADMIN, ORG_ADMIN, CASEWORKER, COUNCIL_DELEGATE);

    private Roles() {
    }
}
