package se.sodertorn.governance.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        String token = FeedToken.generate(random);
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(FeedToken.wellFormed(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(FeedToken.generate(random)));
        }
    }

    @Test
    void theTokenIsTakenFromTheRandomSource() {
        SecureRandom zeros = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };
        assertEquals("A".repeat(43), FeedToken.generate(zeros));
    }

    @Test
    void theHashIsSha256InLowerCaseHex() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FeedToken.hash("abc"));
        String token = FeedToken.generate(random);
        assertEquals(64, FeedToken.hash(token).length());
        assertEquals(FeedToken.hash(token), FeedToken.hash(token));
        assertNotEquals(FeedToken.hash(token), FeedToken.hash(FeedToken.generate(random)));
    }

    @Test
    void onlyTheShapeOfATokenIsWellFormed() {
        String token = FeedToken.generate(random);
        assertFalse(FeedToken.wellFormed(null));
        assertFalse(FeedToken.wellFormed(""));
        assertFalse(FeedToken.wellFormed(token.substring(1)), "too short");
        assertFalse(FeedToken.wellFormed(token + "A"), "too long");
        assertFalse(FeedToken.wellFormed("A".repeat(10_000)));
        assertFalse(FeedToken.wellFormed(token.substring(1) + "+"), "standard Base64, not URL-safe");
        assertFalse(FeedToken.wellFormed(token.substring(1) + "="), "padding");
        assertFalse(FeedToken.wellFormed(token.substring(2) + ".."));
        assertFalse(FeedToken.wellFormed(token.substring(1) + "å"));
    }
}
