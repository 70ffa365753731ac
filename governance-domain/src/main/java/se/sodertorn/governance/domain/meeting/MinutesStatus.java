package se.sodertorn.governance.domain.meeting;

/** The minutes' workflow: written, sent to the adjuster, approved by the adjuster (then fixed), published. */
public enum MinutesStatus {
    DRAFT,
    SENT_TO_ADJUSTER,
    APPROVED,
    PUBLISHED;

    /** Approved or published minutes are the record: nothing in them may change. */
    public boolean isLocked() {
        return this == APPROVED || this == PUBLISHED;
    }
}
