package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.notification.DeliveryFailure;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;

/**
 * Sends written notifications, away from the request that caused them: each is claimed, handed to the mail server
 * and marked sent or failed. A failure is logged in one line with the mail server's own words and kept, by kind,
 * for the secretariat to see; it never fails the change that caused it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @EJB
    private NotificationClaims claims;
    @Inject
    private MailSender mail;

    /** Sends the notifications with these ids, in the background. */
    @Asynchronous
    public void deliverLater(List<Long> ids) {
        ids.forEach(this::deliver);
    }

    private void deliver(long id) {
        Optional<Notification> claimed;
        try {
            claimed = claims.claim(id);
        } catch (ConcurrentChangeException | EJBException lostRace) {
            return;
        }
        claimed.ifPresent(notification -> claims.finish(id, send(notification)));
    }

    private DeliveryFailure send(Notification notification) {
        try {
            mail.send(notification);
            return null;
        } catch (MessagingException failed) {
            DeliveryFailure why = MailFailures.classify(failed);
            LOG.warning(() -> "Notification " + notification.getId() + " (" + notification.getKind() + ") to "
                    + notification.getRecipient() + " not sent, " + why + ": " + failed.getMessage());
            return why;
        }
    }
}
