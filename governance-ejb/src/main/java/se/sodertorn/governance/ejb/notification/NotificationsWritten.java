package se.sodertorn.governance.ejb.notification;

import java.util.List;

/** Notifications written in a transaction, to send once it commits. */
record NotificationsWritten(List<Long> ids) {
}
