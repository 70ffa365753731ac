package se.sodertorn.governance.ejb.security;

import java.security.SecureRandom;

/**
 * The text of a personal API token: {@value #PREFIX} followed by a {@link SecretToken} (47 characters in all). The
 * prefix makes a token recognisable, e.g. to a secret scanner that finds one in a script or a log. The hash of the
 * whole text, prefix included, is what is stored.
 */
public final class ApiTokenSecret {

    /** What every API token begins with. */
    public static final String PREFIX = "sgt_";
    /** Characters in a token. */
    public static final int LENGTH = PREFIX.length() + SecretToken.LENGTH;

    private ApiTokenSecret() {
    }

    /** A new token from the random source. */
    public static String generate(SecureRandom random) {
        return PREFIX + SecretToken.generate(random);
    }

    /** Whether the text has the shape of an API token, checked before anything is looked up. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX)
                && SecretToken.wellFormed(candidate.substring(PREFIX.length()));
    }

    /** The token's SHA-256 hash in hexadecimal, as stored. */
    public static String hash(String token) {
        return SecretToken.hash(token);
    }
}
