package se.sodertorn.governance.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

/**
 * Checks a user name and password for the login: the roles of an enabled account whose stored hash the password
 * matches. An unknown or disabled user name costs the same hashing work as a known one (the password is checked
 * against a hash of a random secret), so that the time of an answer does not tell which user names exist.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Authenticator {

    @Inject
    private UserAccountRepository accounts;
    @Inject
    private PasswordHashing hashing;

    private String decoy;

    /** For the container. */
    public Authenticator() {
    }

    /** With the accounts and the hashing given, e.g. in a test; ready to verify. */
    Authenticator(UserAccountRepository accounts, PasswordHashing hashing) {
        this.accounts = accounts;
        this.hashing = hashing;
        makeDecoy();
    }

    @PostConstruct
    void makeDecoy() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        decoy = hashing.hashForDemo(Base64.getEncoder().encodeToString(secret));
    }

    /** The role names of the account, if the password is right and the account enabled; nothing otherwise. */
    public Optional<Set<String>> verify(String username, String password) {
        Optional<UserAccount> account = accounts.findByUsername(username).filter(UserAccount::isEnabled);
        boolean matches = hashing.matches(password, account.map(UserAccount::getPasswordHash).orElse(decoy));
        if (account.isEmpty() || !matches) {
            return Optional.empty();
        }
        return Optional.of(account.get().getRoles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }
}
