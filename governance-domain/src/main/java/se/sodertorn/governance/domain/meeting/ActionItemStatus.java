package se.sodertorn.governance.domain.meeting;

/** An action item is open until a meeting closes it. */
public enum ActionItemStatus {
    OPEN,
    DONE
}
