package se.sodertorn.governance.domain.organisation;

/** What sort of body meets: our own management group and committee, a network, or an external body. */
public enum BodyKind {
    /** Ledningsgrupp: the municipal directors; prepares and recommends. */
    MANAGEMENT_GROUP,
    /** Samarbetskommitté: the politicians; decides. */
    COOPERATION_COMMITTEE,
    /** A thematic network of officers that runs activities. */
    NETWORK,
    /** Not ours (StorSthlm, Mälartinget, the region); its meeting dates matter for clash checks. */
    EXTERNAL;

    public boolean isOwn() {
        return this != EXTERNAL;
    }
}
