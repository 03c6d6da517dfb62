/**
 * The association's own administration: membership applications and resignations, the fee
 * schedule and invoicing basis, contact people per area of activity, service orders (avrop) with
 * onboarding, the business plan's goals, the Teckal member-control record, competence networks,
 * events and project ideas. It uses the core through its root package only ({@link
 * se.sambruk.core.MemberRegister}, {@link se.sambruk.core.ServiceSubscriptions}); its own data is in
 * the schema {@code membership}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership administration")
package se.sambruk.membership;
