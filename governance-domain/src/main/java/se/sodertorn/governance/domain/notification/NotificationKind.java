package se.sodertorn.governance.domain.notification;

/** Why a person gets an e-mail from the application. */
public enum NotificationKind {
    /** To the adjuster: minutes were sent for approval. */
    MINUTES_TO_APPROVE,
    /** To the secretariat: the adjuster approved the minutes. */
    MINUTES_APPROVED,
    /** To the secretariat: the adjuster sent the minutes back for changes. */
    MINUTES_RETURNED,
    /** To the responsible person: an action item was given to them at a meeting. */
    ACTION_ITEM_GIVEN,
    /** Once a week: one's open action items due within 14 days. */
    WEEKLY_DIGEST
}
