package se.sodertorn.governance.domain.meeting;

/** What sort of occasion a meeting is; shown in the meeting plan and the invitation. */
public enum MeetingKind {
    ORDINARY,
    PLANNING_CONFERENCE,
    WITH_LUNCH,
    CONFERENCE
}
