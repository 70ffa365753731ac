package se.sodertorn.governance.domain.meeting;

/** What a planned meeting clashes with. */
public enum ClashKind {
    HOLIDAY,
    OWN_MEETING,
    EXTERNAL
}
