package se.sodertorn.governance.domain.notification;

/** Where an e-mail is on its way: written, being handed to the mail server, sent, or failed. */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
