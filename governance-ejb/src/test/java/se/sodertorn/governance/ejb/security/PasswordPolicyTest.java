package se.sodertorn.governance.ejb.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class PasswordPolicyTest {

    private static String refusal(String password) {
        return assertThrows(GovernanceException.class, () -> PasswordPolicy.check(password), password).getMessageKey();
    }

    @Test
    void commonPasswordsWordsAndKeyboardRunsAreRefusedHoweverLong() {
        for (String guessable : new String[] {"password1234", "Password1234!", "qwertyuiop12", "123456789012",
            "aaaaaaaaaaaaaaaa", "iloveyou2026"}) {
            assertEquals("user.password.guessable", refusal(guessable));
        }
        assertEquals("user.password.tooShort", refusal("kort"));
        assertEquals("user.password.tooShort", refusal(null));
        assertEquals("user.password.blank", refusal("              "));
    }

    @Test
    void aPhraseOfOwnWordsIsAccepted() {
        for (String phrase : new String[] {"ett långt lösenord 2023", "Kansliet-Huddinge-2026", "hemligt-lösen-för-ssk"}) {
            assertDoesNotThrow(() -> PasswordPolicy.check(phrase), phrase);
        }
    }
}
