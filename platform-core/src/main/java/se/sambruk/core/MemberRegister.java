package se.sambruk.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The association's member register as the other modules see it: who is a member, since and
 * until when, and the two changes the membership administration makes (admit after the board's
 * decision, record a resignation with its end date). Every change is audited.
 */
public interface MemberRegister {

    /** An organisation of the register, as forms offer it. {@code type} is the core's organisation type name. */
    record OrganisationRef(long id, String name, String type, Integer population, String municipalityCode) {
    }

    /**
     * An organisation's membership. {@code status} is the core's member status name (APPLIED, ACTIVE,
     * RESIGNING, FORMER).
     */
    record Membership(OrganisationRef organisation, String status, LocalDate memberSince, LocalDate memberUntil) {

        /** A member on that day: admitted, started (or start unknown) and {@code memberUntil} (the last day) not passed. */
        public boolean isMemberOn(LocalDate day) {
            return ("ACTIVE".equals(status) || "RESIGNING".equals(status))
                    && (memberSince == null || !memberSince.isAfter(day))
                    && (memberUntil == null || !memberUntil.isBefore(day));
        }

        public long organisationId() {
            return organisation.id();
        }
    }

    /** Every organisation with a membership row, members and former members alike, by name. */
    List<Membership> memberships();

    Optional<Membership> membership(long organisationId);

    default boolean isMember(long organisationId, LocalDate day) {
        return membership(organisationId).map(membership -> membership.isMemberOn(day)).orElse(false);
    }

    /** Every organisation of the register, by name. */
    List<OrganisationRef> organisations();

    Optional<OrganisationRef> organisation(long organisationId);

    /** The organisation of that name, ignoring case and surrounding blanks. */
    Optional<OrganisationRef> organisationNamed(String name);

    /** Makes the organisation a member from {@code memberSince} (the board's decision); a former member rejoins. */
    void admit(long organisationId, LocalDate memberSince, String note);

    /**
     * Records the address the member's approved membership application gave as its contact: the
     * only address a first administrator that Sambruk's staff create for the organisation gets its
     * sign-in link at. Recorded once: a member that has one keeps it (a later application cannot
     * redirect the link), and no staff form sets or changes it.
     *
     * @return whether the address was recorded (false when the member already had one or is no member)
     */
    boolean recordContactAddress(long organisationId, String email);

    /** The contact address recorded from the member's membership application, if any. */
    Optional<String> contactAddress(long organisationId);

    /**
     * Records a resignation: the organisation stays a member until {@code memberUntil} (the last day,
     * at the end of the notice period), then is a former member.
     *
     * @throws IllegalStateException when the organisation is not a member
     */
    void resign(long organisationId, LocalDate memberUntil, String note);

    /**
     * Marks as former members those whose last day ({@code memberUntil}) is before {@code day}: the
     * register's status then says what the dates already do.
     *
     * @return how many memberships ended
     */
    int endMembershipsBefore(LocalDate day);
}
