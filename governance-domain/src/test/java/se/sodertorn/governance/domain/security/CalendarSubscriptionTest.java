package se.sodertorn.governance.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarSubscriptionTest {

    private static final String FIRST = "a".repeat(64);
    private static final String SECOND = "b".repeat(64);
    private static final LocalDateTime MADE = LocalDateTime.of(2026, 3, 1, 9, 0);

    private static CalendarSubscription made() {
        return new CalendarSubscription(new UserAccount("camilla", "hash", Set.of(Role.MEMBER)), FIRST, MADE);
    }

    @Test
    void aNewAddressIsActiveWithItsHashAndTimeAndNeverUsed() {
        CalendarSubscription subscription = made();
        assertTrue(subscription.isActive());
        assertEquals(FIRST, subscription.getTokenHash());
        assertEquals(MADE, subscription.getCreatedAt());
        assertNull(subscription.getLastUsedAt());
        assertNull(subscription.getRevokedAt());
    }

    @Test
    void revokingForgetsTheHashAndRenewingGivesANewOne() {
        CalendarSubscription subscription = made();
        LocalDateTime revoked = MADE.plusDays(3);
        subscription.revoke(revoked);
        assertFalse(subscription.isActive());
        assertNull(subscription.getTokenHash(), "a revoked address's hash matches no token");
        assertEquals(revoked, subscription.getRevokedAt());

        LocalDateTime renewed = MADE.plusDays(5);
        subscription.renew(SECOND, renewed);
        assertTrue(subscription.isActive());
        assertEquals(SECOND, subscription.getTokenHash());
        assertEquals(renewed, subscription.getCreatedAt());
        assertNull(subscription.getRevokedAt());
    }

    @Test
    void onlyAHashOfSha256LengthIsTaken() {
        CalendarSubscription subscription = made();
        assertThrows(IllegalArgumentException.class, () -> subscription.renew("plain-token", MADE));
        assertThrows(IllegalArgumentException.class, () -> subscription.renew(null, MADE));
        assertEquals(FIRST, subscription.getTokenHash(), "a refused renewal keeps the old address");
    }
}
