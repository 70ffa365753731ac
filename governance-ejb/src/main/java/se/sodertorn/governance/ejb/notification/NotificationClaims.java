package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import se.sodertorn.governance.domain.notification.DeliveryFailure;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.notification.NotificationStatus;

/**
 * The two short transactions around handing a notification to the mail server: claiming it (so that two servers
 * never send the same one: the version check lets one claim win) and recording the outcome.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationClaims {

    @Inject
    private NotificationRepository notifications;
    @Inject
    private Clock clock;

    /** The notification, now marked as being sent; nothing if it is not pending (sent, or claimed elsewhere). */
    public Optional<Notification> claim(long id) {
        Optional<Notification> found = notifications.find(id)
                .filter(n -> n.getStatus() == NotificationStatus.PENDING);
        found.ifPresent(n -> {
            n.claim();
            notifications.save(n);
        });
        return found;
    }

    /** Records that the notification was sent ({@code failure} null) or why it was not. */
    public void finish(long id, DeliveryFailure failure) {
        Notification notification = notifications.find(id).orElseThrow();
        if (failure == null) {
            notification.sent(LocalDateTime.now(clock));
        } else {
            notification.failed(failure);
        }
        notifications.save(notification);
    }
}
