package se.sambruk.core;

import java.util.Optional;

/**
 * Lets a module give an existing user one of its roles, as the demo data of a service module
 * does for the demo users. Administrators grant roles on the user pages.
 */
public interface UserRoleGrants {

    /** Adds the role to the user if the user lacks it; the user's organisation, empty when there is no such user. */
    Optional<Long> grant(String username, String role);
}
