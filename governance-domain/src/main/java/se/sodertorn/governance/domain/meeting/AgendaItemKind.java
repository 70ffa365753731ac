package se.sodertorn.governance.domain.meeting;

/** Most items are regular; the outstanding-matters item lists the open action items by itself. */
public enum AgendaItemKind {
    REGULAR,
    OUTSTANDING_MATTERS
}
