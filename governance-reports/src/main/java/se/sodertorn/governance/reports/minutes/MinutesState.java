package se.sodertorn.governance.reports.minutes;

/** Where the minutes are in their review; the document shows it in a status line under the title. */
public enum MinutesState {
    /** Being written by the secretary. */
    DRAFT,
    /** Sent to the adjuster, not yet approved. */
    SENT_TO_ADJUSTER,
    /** Approved ("justerat") by the adjuster. */
    APPROVED,
    /** Approved and published. */
    PUBLISHED;

    /** @return whether the adjuster has approved the minutes */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
