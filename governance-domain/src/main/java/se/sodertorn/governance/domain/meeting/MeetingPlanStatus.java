package se.sodertorn.governance.domain.meeting;

/** A year's meeting plan is proposed (draft) and then decided. */
public enum MeetingPlanStatus {
    DRAFT,
    DECIDED
}
