package se.sambruk.membership.contacts;

/** A municipality's areas of activity: a member has a contact person for each. Message key {@code membership.area.NAME}. */
public enum Area {
    SCHOOL,
    SOCIAL_SUPPORT,
    CULTURE_PARTICIPATION,
    TRAFFIC_PROPERTY,
    IT_DIGITALISATION,
    MANAGEMENT
}
