package se.sodertorn.governance.domain.meeting;

/** A meeting's place in the year: proposed in a draft plan, scheduled once the plan is decided, or cancelled. */
public enum MeetingStatus {
    PROPOSED,
    SCHEDULED,
    CANCELLED
}
