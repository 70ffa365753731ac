package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.sodertorn.governance.domain.notification.NotificationRepository;

/**
 * The notifications' schedule, on every server: the weekly digest on Monday mornings at 07:00 Swedish time (run
 * once across servers by {@link WeeklyDigest}), and every ten minutes a new try for notifications left pending,
 * e.g. by a restart between commit and sending.
 */
@Singleton
@PermitAll
public class NotificationTimers {

    private static final int RESEND_BATCH = 200;

    @EJB
    private WeeklyDigest digest;
    @EJB
    private NotificationDelivery delivery;
    @Inject
    private NotificationRepository notifications;
    @Inject
    private Clock clock;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "0", timezone = "Europe/Stockholm", persistent = false)
    void weeklyDigest() {
        digest.send(LocalDate.now(clock));
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void sendLeftOvers() {
        List<Long> pending = notifications.pendingBefore(LocalDateTime.now(clock).minusMinutes(5), RESEND_BATCH);
        if (!pending.isEmpty()) {
            delivery.deliverLater(pending);
        }
    }
}
