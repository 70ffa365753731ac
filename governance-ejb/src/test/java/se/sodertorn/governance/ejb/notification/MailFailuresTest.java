package se.sodertorn.governance.ejb.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.notification.DeliveryFailure;

class MailFailuresTest {

    @Test
    void aServerThatCannotBeReachedIsToldApartFromARefusedAddressAndTheRest() throws AddressException {
        assertEquals(DeliveryFailure.SERVER_UNREACHABLE, MailFailures.classify(
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))));
        assertEquals(DeliveryFailure.SERVER_UNREACHABLE, MailFailures.classify(
                new MessagingException("Unknown SMTP host", new UnknownHostException("smtp.example"))));
        assertEquals(DeliveryFailure.ADDRESS_REFUSED, MailFailures.classify(new SendFailedException("Invalid Addresses",
                null, new Address[0], new Address[0], new Address[] {new InternetAddress("x@demo.example")})));
        assertEquals(DeliveryFailure.NOT_SENT, MailFailures.classify(new MessagingException("554 rejected")));
    }
}
