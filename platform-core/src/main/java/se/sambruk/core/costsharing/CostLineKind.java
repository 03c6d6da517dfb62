package se.sambruk.core.costsharing;

/** The kinds of cost in a service's budget. Message key: {@code cost.kind.NAME}. */
public enum CostLineKind {
    OPERATIONS,
    MANAGEMENT,
    LICENCES,
    DEVELOPMENT,
    /** Sambruk's management surcharge (förvaltningspåslag). */
    SURCHARGE
}
