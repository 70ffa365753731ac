package se.sodertorn.governance.ejb.security;

import java.security.SecureRandom;

/**
 * The secret token in a calendar feed address: a {@link SecretToken} as it is (43 URL-safe characters), of which only
 * the SHA-256 hash is stored.
 */
public final class FeedToken {

    /** Random bytes in a token. */
    public static final int BYTES = SecretToken.BYTES;
    /** Characters in a token: 32 bytes in unpadded Base64. */
    public static final int LENGTH = SecretToken.LENGTH;

    private FeedToken() {
    }

    /** A new token from the random source. */
    public static String generate(SecureRandom random) {
        return SecretToken.generate(random);
    }

    /** Whether the text has the shape of a token (length and alphabet), checked before anything is looked up. */
    public static boolean wellFormed(String candidate) {
        return SecretToken.wellFormed(candidate);
    }

    /** The token's SHA-256 hash as 64 lower-case hexadecimal digits, the form it is stored and looked up in. */
    public static String hash(String token) {
        return SecretToken.hash(token);
    }
}
