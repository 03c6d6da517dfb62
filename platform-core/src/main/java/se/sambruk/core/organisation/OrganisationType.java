package se.sambruk.core.organisation;

/** The kinds of organisation in the register. Message key: {@code organisation.type.NAME}. */
public enum OrganisationType {
    MUNICIPALITY,
    REGION,
    /** Kommunalförbund or regional body such as Göteborgsregionen. */
    KOMMUNALFORBUND,
    /** Gemensam nämnd, such as a joint chief-guardian board (överförmyndarnämnd). */
    JOINT_BOARD,
    /** The association Sambruk itself. */
    ASSOCIATION,
    OTHER
}
