package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.security.UserAccountService;

/** Admin manages accounts; what it stores is what the login checks, over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class UserAccountServiceIT {

    private static final String PASSWORD = "ett långt lösenord 2023";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(UserAccountServiceIT.class);
    }

    @EJB
    private UserAccountService accounts;
    @Inject
    private Callers callers;

    private UserAccount create(Role... roles) throws Exception {
        UserAccount account = UserAccount.blank();
        account.setUsername(RegisterFixtures.unique("user."));
        account.setRoles(EnumSet.of(roles[0], roles));
        return callers.asAdmin(() -> accounts.create(account, PASSWORD));
    }

    @Test
    void aNewAccountIsStoredAsAPbkdf2HashAndCanLogInWithItsRoles() throws Exception {
        UserAccount created = create(Role.DIRECTOR);

        assertTrue(created.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), created.getPasswordHash());
        assertFalse(created.getPasswordHash().contains(PASSWORD));
        assertEquals(200, ApiClient.as(created.getUsername(), PASSWORD).get("municipalities").statusCode());
        assertEquals(401, ApiClient.as(created.getUsername(), PASSWORD + "x").get("municipalities").statusCode());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        UserAccount created = create(Role.MEMBER);
        created.setEnabled(false);
        callers.asAdmin(() -> accounts.update(created));

        assertEquals(401, ApiClient.as(created.getUsername(), PASSWORD).get("municipalities").statusCode());
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        UserAccount created = create(Role.MEMBER);
        callers.asAdmin(() -> accounts.resetPassword(created.getId(), "ett annat långt lösenord", created.getVersion()));

        assertEquals(401, ApiClient.as(created.getUsername(), PASSWORD).get("municipalities").statusCode());
        assertEquals(200, ApiClient.as(created.getUsername(), "ett annat långt lösenord").get("municipalities").statusCode());
    }

    @Test
    void aShortOrGuessablePasswordOrATakenNameIsRefusedAndNothingIsStored() throws Exception {
        UserAccount shortPassword = UserAccount.blank();
        shortPassword.setUsername(RegisterFixtures.unique("short."));
        shortPassword.setRoles(Set.of(Role.MEMBER));
        GovernanceException tooShort = assertThrows(GovernanceException.class,
                () -> callers.asAdmin(() -> accounts.create(shortPassword, "kort")));
        assertEquals("user.password.tooShort", tooShort.getMessageKey());
        assertEquals(0, callers.asAdmin(() -> accounts.page(
                new PageRequest(0, 5, null, true, shortPassword.getUsername()))).total());
        GovernanceException guessable = assertThrows(GovernanceException.class,
                () -> callers.asAdmin(() -> accounts.create(shortPassword, "password12345")));
        assertEquals("user.password.guessable", guessable.getMessageKey());
        assertEquals(0, callers.asAdmin(() -> accounts.page(
                new PageRequest(0, 5, null, true, shortPassword.getUsername()))).total());

        UserAccount duplicate = UserAccount.blank();
        duplicate.setUsername("admin");
        duplicate.setRoles(Set.of(Role.MEMBER));
        GovernanceException taken = assertThrows(GovernanceException.class,
                () -> callers.asAdmin(() -> accounts.create(duplicate, PASSWORD)));
        assertEquals("user.usernameTaken", taken.getMessageKey());
    }

    @Test
    void onlyAdminManagesAccounts() {
        UserAccount account = UserAccount.blank();
        account.setUsername(RegisterFixtures.unique("nope."));
        account.setRoles(Set.of(Role.ADMIN));

        assertThrows(EJBAccessException.class, () -> callers.asSecretariat(() -> accounts.create(account, PASSWORD)));
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() -> accounts.page(PageRequest.of(0, 10))));
    }
}
