package se.sambruk.core.organisation;

/** Where an organisation stands as a member of Sambruk. Message key: {@code member.status.NAME}. */
public enum MemberStatus {
    APPLIED,
    ACTIVE,
    /** Has given notice; still a member until {@code memberUntil}. */
    RESIGNING,
    FORMER
}
