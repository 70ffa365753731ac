package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What the secretariat, a member and admin do with the register in a real browser. */
class RegisterBrowserIT extends BrowserTest {

    private void openBody(String shortName) {
        browser.open("register/bodies.xhtml");
        browser.click(By.linkText(shortName));
        browser.checkAccessibility();
    }

    @Test
    void wrongPasswordsAndUnknownUsersStayOnTheLoginPageWithAMessage() {
        browser.login("secretariat", "not-the-password");
        assertTrue(browser.text().contains("Fel användarnamn eller lösenord"), browser::text);
        assertTrue(browser.currentUrl().contains("login.xhtml"));

        browser.login("nobody-at-all", ApiClient.DEMO_PASSWORD);
        assertTrue(browser.text().contains("Fel användarnamn eller lösenord"), browser::text);

        browser.open("register/bodies.xhtml");
        assertTrue(browser.currentUrl().contains("login.xhtml"), "a protected page without login leads to the login page");
    }

    @Test
    void theSecretariatSeatsAPersonInLgAndEndsTheTerm() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        assertTrue(browser.text().contains("Inloggad som Helene Olofsson"), "the user is shown by name: " + browser.text());
        openBody("LG");
        assertTrue(browser.text().contains("Magnus Gyllestad"), browser::text);

        browser.openDialog(By.id("sitting:add"), By.id("editDialog"));
        browser.suggest("edit:person", "KSO Nyk", "KSO Nykvarn");
        browser.choose("edit:municipality", "Nykvarn");
        browser.click(By.id("edit:save"));
        browser.waitForText(By.id("messages"), "Sparat: KSO Nykvarn");
        browser.waitForText(By.id("sitting:table"), "KSO Nykvarn");

        browser.click(By.xpath("//*[@id='history:table']//tr[contains(., 'KSO Nykvarn')]//button[contains(., 'Ändra')]"));
        browser.waitFor(By.id("editDialog"));
        browser.choose("edit:role", "Sekreterare");
        browser.click(By.id("edit:save"));
        browser.waitForText(By.xpath("//*[@id='history:table']//tr[contains(., 'KSO Nykvarn')]"), "Sekreterare");

        browser.click(By.xpath("//*[@id='history:table']//tr[contains(., 'KSO Nykvarn')]//button[contains(., 'Avsluta')]"));
        browser.waitFor(By.id("endDialog"));
        browser.checkAccessibility();
        browser.click(By.id("endForm:confirmEnd"));
        browser.waitForText(By.id("history:table"), LocalDate.now().toString());
        String row = browser.waitFor(By.xpath("//*[@id='history:table']//tr[contains(., 'KSO Nykvarn')]")).getText();
        assertTrue(row.contains("Sekreterare") && row.contains("Nykvarn"), row);
        assertEquals(2, row.split(LocalDate.now().toString(), -1).length - 1, "from and to are both today: " + row);
    }

    @Test
    void theSecretariatIsToldWhyATermCannotBeSaved() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openBody("SSK");
        browser.openDialog(By.id("sitting:add"), By.id("editDialog"));
        browser.suggest("edit:person", "KSO Hud", "KSO Huddinge");
        browser.click(By.id("edit:save"));

        browser.waitForText(By.id("edit:dialogMessages"), "sitter redan i SSK");
        assertTrue(browser.waitFor(By.id("editDialog")).isDisplayed(), "the dialog stays open with the input");
        browser.checkAccessibility();
    }

    @Test
    void aMemberReadsTheRegisterButCannotEditOrAdministrate() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        openBody("SSK");
        assertTrue(browser.text().contains("KSO Botkyrka"), browser::text);
        assertTrue(browser.all(By.id("sitting:add")).isEmpty(), "no add button for a member");
        assertTrue(browser.all(By.xpath("//button[contains(., 'Ändra')]")).isEmpty(), "no edit buttons for a member");
        browser.open("register/persons.xhtml");
        assertTrue(browser.all(By.id("list:table:add")).isEmpty());
        assertFalse(browser.text().contains("Administration"));

        browser.open("admin/users.xhtml");
        assertFalse(browser.text().contains("Användarnamn"), "the user list is not shown to a member");
        assertTrue(browser.text().contains("Inte för din roll"), browser::text);
    }

    @Test
    void adminCreatesAnAccountThatCanLogIn() {
        String username = RegisterFixtures.unique("kansli.").toLowerCase();
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        browser.open("admin/users.xhtml");
        browser.openDialog(By.id("list:table:add"), By.id("editDialog"));
        browser.type(By.id("edit:username"), username);
        browser.type(By.id("edit:password"), "ett långt lösenord 2023");
        browser.click(By.xpath("//*[@id='edit:roles']//label[contains(., 'Kansli')]"));
        browser.click(By.id("edit:save"));
        browser.waitForText(By.id("list:table"), username);

        browser.click(By.id("nav:logout"));
        browser.login(username, "ett långt lösenord 2023");
        assertTrue(browser.text().contains("Inloggad som " + username), browser::text);
    }

    @Test
    void theUserSwitchesToEnglishAndBack() {
        ApiClient.useLanguage("director", "sv");
        try {
            browser.login("director", ApiClient.DEMO_PASSWORD);
            assertEquals("sv", browser.htmlLang());
            browser.click(By.id("nav:language"));
            assertEquals("en", browser.htmlLang());
            assertTrue(browser.text().contains("Log out"), browser::text);
            browser.open("register/municipalities.xhtml");
            assertTrue(browser.text().contains("Population"), browser::text);
            browser.click(By.id("nav:logout"));
            browser.login("director", ApiClient.DEMO_PASSWORD);
            assertEquals("en", browser.htmlLang(), "the choice is remembered on the account");
            browser.click(By.id("nav:language"));
            assertTrue(browser.text().contains("Folkmängd") || browser.text().contains("Start"), browser::text);
            assertEquals("sv", browser.htmlLang());
        } finally {
            ApiClient.useLanguage("director", "sv");
        }
    }

    @Test
    void anErrorShowsAFriendlyPageWithoutTechnicalDetails() {
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("register/body.xhtml?id=987654321");
        assertTrue(browser.text().contains("Sidan finns inte"), browser::text);
        assertFalse(browser.source().contains("NotFoundException"), "no exception name for users");
        assertFalse(browser.source().contains("at se.sodertorn"), "no stack trace for users");
    }
}
