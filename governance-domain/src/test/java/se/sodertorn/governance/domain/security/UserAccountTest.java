package se.sodertorn.governance.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Person;

class UserAccountTest {

    @Test
    void rolesAreStoredByTheNamesTheContainerChecks() {
        RoleConverter converter = new RoleConverter();
        for (Role role : Role.values()) {
            String stored = converter.convertToDatabaseColumn(role);
            assertEquals(role.roleName(), stored);
            assertEquals(role, converter.convertToEntityAttribute(stored));
        }
        assertEquals("secretariat", converter.convertToDatabaseColumn(Role.SECRETARIAT));
    }

    @Test
    void usernameIsNormalisedToLowerCase() {
        UserAccount account = UserAccount.blank();
        account.setUsername("  Helene.Olofsson ");
        assertEquals("helene.olofsson", account.getUsername());
    }

    @Test
    void aBlankHashIsRefused() {
        UserAccount account = new UserAccount("kansli", "hash", Set.of(Role.SECRETARIAT));
        assertThrows(IllegalArgumentException.class, () -> account.changePasswordHash(" "));
        assertEquals("hash", account.getPasswordHash());
    }

    @Test
    void disablingAndRoles() {
        UserAccount account = new UserAccount("kansli", "hash", Set.of(Role.SECRETARIAT));
        assertTrue(account.hasRole(Role.SECRETARIAT));
        assertFalse(account.hasRole(Role.ADMIN));
        account.disable();
        assertFalse(account.isEnabled());
    }

    @Test
    void theChosenLanguageIsEnglishOrSwedishAndTheNameShownIsThePersons() {
        UserAccount account = new UserAccount("member", "hash", Set.of(Role.MEMBER));
        assertEquals("sv", account.getLanguage(), "Swedish until the user chooses");
        account.chooseLanguage("en");
        assertEquals("en", account.getLanguage());
        account.chooseLanguage("fi");
        assertEquals("sv", account.getLanguage(), "only the languages of the interface");
        assertEquals("member", account.getDisplayName(), "without a person, the user name");
        account.setPerson(new Person("Camilla", "Broo"));
        assertEquals("Camilla Broo", account.getDisplayName());
    }
}
