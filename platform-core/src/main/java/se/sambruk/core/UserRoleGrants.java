package se.sambruk.core;

import java.util.List;
import java.util.Optional;

/**
 * Lets a module give an existing user one of its roles, as the demo data of a service module
 * does for the demo users. Administrators grant roles on the user pages.
 */
public interface UserRoleGrants {

    /** Adds the role to the user if the user lacks it; the user's organisation, empty when there is no such user. */
    Optional<Long> grant(String username, String role);

    /** An enabled user of an organisation who holds a role (for a module's "assign to" lists). */
    record RoleHolder(long userId, String username, String displayName) {
    }

    /** The organisation's enabled users who hold the role, by display name. */
    List<RoleHolder> holders(long organisationId, String role);
}
