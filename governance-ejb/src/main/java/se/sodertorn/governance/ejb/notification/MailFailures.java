package se.sodertorn.governance.ejb.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import se.sodertorn.governance.domain.notification.DeliveryFailure;

/** Tells why the mail server did not take a message, in terms the secretariat can act on. */
public final class MailFailures {

    private MailFailures() {
    }

    /** The kind of failure: the server was not reached, it refused the address, or something else. */
    public static DeliveryFailure classify(MessagingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return DeliveryFailure.ADDRESS_REFUSED;
            }
            if (cause instanceof SocketException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return DeliveryFailure.SERVER_UNREACHABLE;
            }
        }
        return DeliveryFailure.NOT_SENT;
    }
}
