package se.sodertorn.governance.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIsThePrefixAnd256RandomBitsInUrlSafeBase64() {
        String token = ApiTokenSecret.generate(random);
        assertTrue(token.startsWith("sgt_"), token);
        assertEquals(47, token.length());
        assertEquals(32, Base64.getUrlDecoder().decode(token.substring(4)).length);
        assertTrue(ApiTokenSecret.wellFormed(token));
        assertNotEquals(token, ApiTokenSecret.generate(random));
    }

    @Test
    void onlyTheShapeOfATokenIsLookedUp() {
        String secret = SecretToken.generate(random);
        assertFalse(ApiTokenSecret.wellFormed(secret), "a feed token is no API token");
        assertFalse(ApiTokenSecret.wellFormed("xyz_" + secret));
        assertFalse(ApiTokenSecret.wellFormed("sgt_" + secret.substring(1)));
        assertFalse(ApiTokenSecret.wellFormed("sgt_" + secret.substring(1) + "="));
        assertFalse(ApiTokenSecret.wellFormed("sgt_" + secret.substring(1) + "ä"));
        assertFalse(ApiTokenSecret.wellFormed(null));
    }

    @Test
    void theStoredHashIsSha256OfTheWholeTokenAndNeverTheTokenItself() {
        String token = ApiTokenSecret.generate(random);
        String hash = ApiTokenSecret.hash(token);
        assertEquals(SecretToken.hash(token), hash);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(token.substring(4)));
        assertNotEquals(hash, SecretToken.hash(token.substring(4)), "the prefix is part of what is hashed");
    }
}
