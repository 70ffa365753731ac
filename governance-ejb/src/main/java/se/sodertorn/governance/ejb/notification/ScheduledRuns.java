package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.notification.NotificationRepository;

/** Records a scheduled run in its own transaction, so that a refused (duplicate) key fails only that transaction. */
@Stateless
@PermitAll
public class ScheduledRuns {

    @Inject
    private NotificationRepository notifications;
    @Inject
    private Clock clock;

    /**
     * Records the run; {@code false} when another server (or an earlier call) recorded the key first. Two servers
     * at the very same moment: one of them gets an {@link jakarta.ejb.EJBException} instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(String runKey) {
        return notifications.recordRun(runKey, LocalDateTime.now(clock));
    }
}
