package se.sodertorn.governance.ejb.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random secret that stands for an account without its password (calendar feed addresses, API tokens): 32 bytes
 * (256 bits) from {@link SecureRandom}, written in the URL-safe Base64 alphabet without padding (RFC 4648 section 5),
 * 43 characters.
 *
 * <p>Only its SHA-256 hash is stored. A plain, unsalted hash is enough here, unlike for passwords: the secret is
 * random with 256 bits of entropy, so nobody can guess it or build a table of candidates, and whoever reads the
 * database learns nothing that opens anything. A plain hash also lets a request find its row by an index lookup, so
 * that an unknown secret costs the same single query as a known one.
 */
public final class SecretToken {

    /** Random bytes in a secret. */
    public static final int BYTES = 32;
    /** Characters in a secret: 32 bytes in unpadded Base64. */
    public static final int LENGTH = 43;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private SecretToken() {
    }

    /** A new secret from the random source. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    /** Whether the text has the shape of a secret (length and alphabet), checked before anything is looked up. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && candidate.length() == LENGTH && SHAPE.matcher(candidate).matches();
    }

    /** The text's SHA-256 hash as 64 lower-case hexadecimal digits, the form a secret is stored and looked up in. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
