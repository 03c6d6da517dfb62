package se.sambruk.core;

import java.util.List;

/**
 * Implemented by each service module (a bean): the core gates the module's pages and API by
 * subscription, and lists the module in the navigation of the users who may reach it.
 */
public interface ServiceModule {

    /** The service's code in the catalogue: "bibblix", "egil", ... */
    String serviceCode();

    /** Where the module's pages live, for example "/egil". Every path below it is gated. */
    default String basePath() {
        return "/" + serviceCode();
    }

    /** Where the module's REST API lives; every path below it is gated too. */
    default String apiBasePath() {
        return "/api/v1" + basePath();
    }

    /**
     * The service's public faces, which anyone may open without signing in (residents' reporting,
     * a children's library page, an e-service): the start page and the service's catalogue page
     * link each of them, and the anonymous walk test follows them. The links' {@code role} is
     * ignored (public pages are for everyone); list each path in the core's PublicEndpoints too.
     */
    default List<NavigationLink> publicPages() {
        return List.of();
    }

    /** Roles the module defines, offered when staff or an organisation's administrator grant roles. */
    default List<String> roles() {
        return List.of();
    }
}
