package se.sodertorn.governance.ejb.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Starts sending notifications once the transaction that wrote them has committed. */
@ApplicationScoped
class DeliveryOnCommit {

    @EJB
    private NotificationDelivery delivery;

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten event) {
        delivery.deliverLater(event.ids());
    }
}
