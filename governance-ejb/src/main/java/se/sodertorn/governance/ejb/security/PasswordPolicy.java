package se.sodertorn.governance.ejb.security;

import me.gosimple.nbvcxz.Nbvcxz;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not only blanks, and hard to guess — judged by
 * nbvcxz (zxcvbn's method), which knows the commonest passwords, words, names, keyboard runs, dates and l33t
 * spellings, so that "password1234" or "qwertyuiop12" is refused however long it is.
 */
public final class PasswordPolicy {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    private static final Nbvcxz ESTIMATOR = new Nbvcxz();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with a message saying which part. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new GovernanceException("user.password.tooShort", MIN_LENGTH);
        }
        if (password.isBlank()) {
            throw new GovernanceException("user.password.blank");
        }
        if (!ESTIMATOR.estimate(password).isMinimumEntropyMet()) {
            throw new GovernanceException("user.password.guessable");
        }
    }
}
