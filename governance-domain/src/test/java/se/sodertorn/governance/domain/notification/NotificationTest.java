package se.sodertorn.governance.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class NotificationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2030, 5, 6, 7, 0);

    private static Notification written() {
        return new Notification(NotificationKind.MINUTES_TO_APPROVE, " camilla.broo@demo.example ", "Camilla Broo", "sv",
                "Att justera", "Hej", NOW);
    }

    @Test
    void aNotificationIsClaimedOnceThenSentOrFailedAndAFailedOneIsSentAgain() {
        Notification notification = written();
        assertEquals("camilla.broo@demo.example", notification.getRecipient());
        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        notification.claim();
        assertEquals(NotificationStatus.SENDING, notification.getStatus());
        assertEquals("notification.notPending",
                assertThrows(GovernanceException.class, notification::claim).getMessageKey(),
                "a second server cannot claim it too");
        notification.failed(DeliveryFailure.SERVER_UNREACHABLE);
        assertEquals(DeliveryFailure.SERVER_UNREACHABLE, notification.getFailure());
        notification.retry();
        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        assertNull(notification.getFailure());
        notification.claim();
        notification.sent(NOW.plusMinutes(1));
        assertEquals(NotificationStatus.SENT, notification.getStatus());
        assertEquals(2, notification.getAttempts());
        assertEquals("notification.notFailed",
                assertThrows(GovernanceException.class, notification::retry).getMessageKey());
    }

    @Test
    void overlongTextsAreShortenedToWhatIsKept() {
        Notification notification = new Notification(NotificationKind.WEEKLY_DIGEST, "a@demo.example", null, "en",
                "s".repeat(400), "b".repeat(9000), NOW);
        assertEquals(Notification.SUBJECT_MAX, notification.getSubject().length());
        assertEquals(Notification.BODY_MAX, notification.getBody().length());
        assertEquals('…', notification.getBody().charAt(Notification.BODY_MAX - 1));
        assertThrows(IllegalArgumentException.class, () -> new Notification(NotificationKind.WEEKLY_DIGEST, " ", null,
                "sv", "s", "b", NOW));
    }
}
