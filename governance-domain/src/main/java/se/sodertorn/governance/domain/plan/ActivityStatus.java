package se.sodertorn.governance.domain.plan;

/** How an activity of the plan goes. */
public enum ActivityStatus {
    PLANNED,
    ONGOING,
    DONE,
    POSTPONED,
    NOT_DONE,
    CANCELLED;

    /** Done or cancelled: nothing more will happen, and it is not carried into next year's plan. */
    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
