package se.sambruk.core.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import se.sambruk.core.organisation.Member;
import se.sambruk.core.organisation.MemberStatus;

/**
 * One organisation with whom it is represented by, its membership of Sambruk (null when it
 * never applied), its own subscriptions and those of bodies that cover it.
 */
record OrganisationDetails(@JsonUnwrapped OrganisationSummary organisation, List<OrganisationRef> actedForBy,
                           Membership membership, List<SubscriptionSummary> subscriptions,
                           List<SubscriptionSummary> coveredBy) {

    record Membership(MemberStatus status, boolean active, LocalDate memberSince, LocalDate memberUntil) {

        static Membership of(Member member) {
            return new Membership(member.getStatus(), member.isActive(), member.getMemberSince(), member.getMemberUntil());
        }
    }
}
