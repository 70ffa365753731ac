package se.sodertorn.governance.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final String HASH = "c".repeat(ApiToken.HASH_LENGTH);
    private static final LocalDateTime MADE = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 30);
    private static final UserAccount OWNER = new UserAccount("camilla", "hash", Set.of(Role.MEMBER));

    private static ApiToken issued() {
        ApiToken token = ApiToken.draft();
        token.setName("  Uppföljningsskript ");
        token.setExpiresOn(LAST_DAY);
        token.issue(OWNER, HASH, MADE);
        return token;
    }

    @Test
    void anIssuedTokenBelongsToItsOwnerWithItsHashNameAndTimes() {
        ApiToken token = issued();
        assertEquals(OWNER, token.getAccount());
        assertEquals(HASH, token.getTokenHash());
        assertEquals("Uppföljningsskript", token.getName(), "the name is trimmed");
        assertEquals(MADE, token.getCreatedAt());
        assertEquals(LAST_DAY, token.getExpiresOn());
        assertNull(token.getLastUsedAt());
        assertNull(token.getRevokedAt());
    }

    @Test
    void aTokenIsUsableThroughItsLastDayAndNotAfter() {
        ApiToken token = issued();
        assertTrue(token.isUsableAt(MADE));
        assertTrue(token.isUsableAt(LAST_DAY.atTime(23, 59, 59)), "the whole last day");
        assertEquals(ApiToken.Status.ACTIVE, token.status(LAST_DAY.atStartOfDay()));
        assertFalse(token.isUsableAt(LAST_DAY.plusDays(1).atStartOfDay()));
        assertEquals(ApiToken.Status.EXPIRED, token.status(LAST_DAY.plusDays(1).atStartOfDay()));
    }

    @Test
    void aRevokedTokenIsUsableNoMoreAndRevokingAgainKeepsTheFirstTime() {
        ApiToken token = issued();
        LocalDateTime revoked = MADE.plusDays(2);
        token.revoke(revoked);
        assertFalse(token.isUsableAt(revoked));
        assertFalse(token.isUsableAt(MADE), "revoked is revoked, whatever the time asked about");
        assertEquals(ApiToken.Status.REVOKED, token.status(LAST_DAY.plusDays(9).atStartOfDay()), "revoked wins");
        token.revoke(revoked.plusDays(1));
        assertEquals(revoked, token.getRevokedAt());
    }

    @Test
    void aDraftOpensNothingAndIsIssuedOnceWithAHash() {
        ApiToken draft = ApiToken.draft();
        draft.setExpiresOn(LAST_DAY);
        assertFalse(draft.isUsableAt(MADE), "a draft without a hash opens nothing");
        assertThrows(IllegalArgumentException.class, () -> draft.issue(OWNER, "short", MADE));
        assertThrows(IllegalArgumentException.class, () -> draft.issue(OWNER, null, MADE));
        draft.issue(OWNER, HASH, MADE);
        assertThrows(IllegalStateException.class, () -> draft.issue(OWNER, HASH, MADE));
    }
}
