package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link NotificationService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class NotificationServiceBean implements NotificationService {

    @Inject
    private NotificationRepository notifications;
    @Inject
    private Event<NotificationsWritten> written;
    @EJB
    private WeeklyDigest digest;

    @Override
    public List<Notification> failed(int limit) {
        return notifications.failed(limit);
    }

    @Override
    public long countFailed() {
        return notifications.countFailed();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public int sendWeeklyDigest(LocalDate day) {
        return digest.send(day);
    }

    @Override
    public Notification retry(long notificationId) {
        Notification notification = notifications.find(notificationId)
                .orElseThrow(() -> new NotFoundException("notification", notificationId));
        notification.retry();
        Notification saved = notifications.save(notification);
        written.fire(new NotificationsWritten(List.of(saved.getId())));
        return saved;
    }
}
