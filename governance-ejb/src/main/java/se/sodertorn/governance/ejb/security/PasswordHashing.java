package se.sodertorn.governance.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with the container's PBKDF2 implementation (Jakarta Security), with the same parameters
 * the login's identity store verifies with, and enforces the password policy.
 */
@ApplicationScoped
public class PasswordHashing {

    /** PBKDF2 parameters, shared with the identity store definition in the web module. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";


    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM), key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE), key(KEY_SIZE), value(KEY_SIZE)));
    }

    /** The salted hash to store, after checking the password against the {@link PasswordPolicy}. */
    public String hash(String password) {
        PasswordPolicy.check(password);
        return hash.generate(password.toCharArray());
    }

    /**
     * The salted hash of a password chosen for the demo accounts (generated, or given by whoever starts the demo),
     * which the policy does not judge.
     */
    public String hashForDemo(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
