package se.sodertorn.governance.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

class AuthenticatorTest {

    /** Hashing that records which stored hashes a password was checked against. */
    private static final class RecordingHashing extends PasswordHashing {
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public String hashForDemo(String password) {
            return "hash:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
            checkedAgainst.add(storedHash);
            return storedHash.equals("hash:" + password);
        }
    }

    private final RecordingHashing hashing = new RecordingHashing();
    private final UserAccount known = account("sekreterare", true);
    private final UserAccount disabled = account("slutat", false);
    private final Authenticator authenticator = new Authenticator(repository(known, disabled), hashing);

    @Test
    void theRightPasswordGivesTheRoles() {
        assertEquals(Optional.of(Set.of(Role.SECRETARIAT.roleName())), authenticator.verify("sekreterare", "rätt lösenord"));
    }

    @Test
    void anUnknownOrDisabledNameCostsTheSameHashingAsAWrongPassword() {
        assertEquals(Optional.empty(), authenticator.verify("sekreterare", "fel"));
        assertEquals(Optional.empty(), authenticator.verify("okänd", "fel"));
        assertEquals(Optional.empty(), authenticator.verify("slutat", "rätt lösenord"));
        assertEquals(3, hashing.checkedAgainst.size(), "one hash check per attempt, whoever the name belongs to");
        String decoy = hashing.checkedAgainst.get(1);
        assertTrue(decoy.startsWith("hash:"), "checked against a real hash of a random secret");
        assertNotEquals(known.getPasswordHash(), decoy);
    }

    private static UserAccount account(String username, boolean enabled) {
        UserAccount account = new UserAccount(username, "hash:rätt lösenord", Set.of(Role.SECRETARIAT));
        account.setEnabled(enabled);
        return account;
    }

    /** Accounts found by user name; the repository's other questions are not asked by the login. */
    private static UserAccountRepository repository(UserAccount... accounts) {
        return (UserAccountRepository) Proxy.newProxyInstance(AuthenticatorTest.class.getClassLoader(),
                new Class<?>[] {UserAccountRepository.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("findByUsername")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return List.of(accounts).stream().filter(a -> a.getUsername().equals(arguments[0])).findFirst();
                });
    }
}
