package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Mitt konto in the browser: a director reaches the page from the header, makes a token with the keyboard, reads it
 * from the page (shown once, with a curl example), a script calls the API with it, and revoking it on the page (after
 * the confirmation, which opens on "Nej") ends it at once; an administrator sees an account's tokens on the users page
 * (below the list of accounts) and revokes one there by keyboard.
 */
class ApiTokenBrowserIT extends BrowserTest {

    private static By row(String name) {
        return By.xpath("//tr[td[normalize-space(.)='" + name + "']]");
    }

    private static By revokeIn(String name) {
        return By.xpath("//tr[td[normalize-space(.)='" + name + "']]//button[contains(@id, 'revoke')]");
    }

    /** Confirms the open confirmation with "Ja", after checking that it opened on "Nej". */
    private void confirm() {
        browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser.waitUntil(driver -> browser.focusedAttribute("class") != null
                && browser.focusedAttribute("class").contains("ui-confirmdialog-no"));
        browser.checkAccessibility();
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    /** Makes a token of the name on Mitt konto by keyboard and returns its secret as the page shows it. */
    private String create(String name) {
        browser.tabTo(By.id("newToken:name"));
        browser.press(name);
        browser.tabToAndEnter(By.id("newToken:create"));
        browser.waitFor(By.id("tokens:secret"));
        browser.checkAccessibility();
        return browser.value(By.id("tokens:secret"));
    }

    @Test
    void aDirectorMakesATokenAScriptUsesItAndRevokingItEndsIt() {
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.tabToAndEnter(By.id("nav:account"));
        browser.waitForText(By.tagName("h1"), "Mitt konto");
        String name = RegisterFixtures.unique("Skript ");

        String token = create(name);

        assertTrue(token.matches("sgt_[A-Za-z0-9_-]{43}"), token);
        String example = browser.value(By.id("tokens:example"));
        assertTrue(example.startsWith("curl -H \"Authorization: Bearer " + token + "\" http://localhost:")
                && example.endsWith("/governance/api/plans"), example);
        assertTrue(browser.text().contains("visas bara nu"), "the page says it is shown once");
        HttpResponse<String> called = ApiClient.bearer(token).get("plans");
        assertEquals(200, called.statusCode(), called.body());

        browser.reload();
        assertTrue(browser.all(By.id("tokens:secret")).isEmpty(), "the token is shown only when made");
        String listed = browser.waitFor(row(name)).getText();
        assertTrue(listed.contains("Giltig") && !listed.contains("aldrig"), "valid and used: " + listed);

        browser.tabToAndEnter(revokeIn(name));
        confirm();
        browser.waitUntil(driver -> browser.waitFor(row(name)).getText().contains("Återkallad"));
        assertEquals(401, ApiClient.bearer(token).get("plans").statusCode(), "revoked at once");
        browser.checkNoScriptBlocked();
    }

    @Test
    void anAdministratorRevokesAnAccountsToken() {
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("account.xhtml");
        String name = RegisterFixtures.unique("Adminfall ");
        String token = create(name);
        assertEquals(200, ApiClient.bearer(token).get("plans").statusCode());
        browser.click(By.id("nav:logout"));

        browser.login("admin", ApiClient.DEMO_PASSWORD);
        browser.open("admin/users.xhtml");
        browser.type(By.id("list:table:globalFilter"), "director");
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script("return Array.from(document.querySelectorAll("
                + "'[id=\"list:table_data\"] > tr')).every(row => row.textContent.includes('director'));")));
        browser.settle();
        By directorTokens = By.xpath("//tr[td[normalize-space(.)='director']]//button[contains(@id, 'tokens')]");
        browser.waitFor(directorTokens);
        browser.tabToAndEnter(directorTokens);
        browser.waitForText(By.id("tokensOf"), "director");
        browser.checkAccessibility();
        browser.tabToAndEnter(revokeIn(name));
        confirm();
        browser.waitUntil(driver -> browser.waitFor(row(name)).getText().contains("Återkallad"));

        assertEquals(401, ApiClient.bearer(token).get("plans").statusCode(), "revoked by the administrator");
        browser.checkNoScriptBlocked();
    }
}
