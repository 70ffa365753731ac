package se.sodertorn.governance.ejb.notification;

import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.notification.Notification;

/** What the secretariat sees of e-mail notifications: those that could not be sent, and sending one again. */
public interface NotificationService {

    /** The most recent notifications that could not be sent, newest first, at most {@code limit}. */
    List<Notification> failed(int limit);

    /** How many notifications could not be sent. */
    long countFailed();

    /** Sends a failed notification again (secretariat, admin). */
    Notification retry(long notificationId);

    /**
     * Sends the weekly digest of the week {@code day} falls in now, as the Monday timer would (admin).
     *
     * @return how many people were written to, or -1 when that week's digest was sent already
     */
    int sendWeeklyDigest(LocalDate day);
}
