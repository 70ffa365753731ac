package se.sodertorn.governance.domain.organisation;

/** The role a person holds in a body for a term. */
public enum MembershipRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SECRETARY;

    /** Chair and vice chair are held by one person at a time in a body. */
    public boolean isSingleHolder() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
