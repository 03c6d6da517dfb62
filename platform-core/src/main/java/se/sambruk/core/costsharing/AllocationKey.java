package se.sambruk.core.costsharing;

/** How a service's yearly cost is split among the municipalities it serves. Message key: {@code cost.key.NAME}. */
public enum AllocationKey {
    /** The same share for every municipality served. */
    EQUAL,
    /** In proportion to the population of each municipality served. */
    POPULATION,
    /** In proportion to a usage figure the service module reports (accounts, reports, loans, ...). */
    USAGE,
    /** A part of the budget split equally as a fixed base, the rest by population. */
    BASE_PLUS_PER_CAPITA
}
