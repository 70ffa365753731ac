package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An address with an unknown, malformed or missing id or year answers 404 with the not-found page, in Swedish or
 * English, and leads back to the start page; no page renders half.
 */
class NotFoundBrowserIT extends BrowserTest {

    private static final long UNKNOWN_ID = Long.MAX_VALUE;

    @Test
    void everyPageWithAnIdOrYearAnswersNotFoundForAnUnknownMalformedOrMissingOne() {
        int planless = ApiClient.freePlanYear(2003, 4);
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        List<String> addresses = List.of(
                "plans/plan.xhtml?year=abc", "plans/plan.xhtml", "plans/plan.xhtml?year=" + planless,
                "plans/plan.xhtml?year=1999",
                "meetings/meeting.xhtml?id=abc", "meetings/meeting.xhtml",
                "meetings/meeting.xhtml?id=" + UNKNOWN_ID,
                "meetings/plan.xhtml?year=abc", "meetings/plan.xhtml?year=99999999999",
                "meetings/plan.xhtml?year=3000",
                "meetings/body.xhtml?id=abc", "meetings/body.xhtml", "meetings/body.xhtml?id=" + UNKNOWN_ID,
                "register/body.xhtml?id=abc", "register/body.xhtml", "register/body.xhtml?id=" + UNKNOWN_ID,
                "budgets/budget.xhtml?year=99999999999", "budgets/budget.xhtml", "budgets/budget.xhtml?year=abc",
                "budgets/budget.xhtml?year=" + planless,
                "decisions/decision.xhtml?id=abc", "decisions/decision.xhtml",
                "decisions/decision.xhtml?id=" + UNKNOWN_ID,
                "nothing-here.xhtml");
        for (String address : addresses) {
            assertEquals(404, browser.status(address), address);
        }

        for (String address : List.of("plans/plan.xhtml?year=abc", "register/body.xhtml",
                "decisions/decision.xhtml?id=" + UNKNOWN_ID)) {
            browser.open(address);
            browser.waitForText(By.tagName("h1"), "Sidan finns inte");
            assertTrue(browser.all(By.cssSelector(".ui-datatable, form")).isEmpty(), "no half page: " + address);
        }
        browser.click(By.id("home"));
        assertTrue(browser.text().contains("Inloggad som Helene Olofsson"), browser::text);
        assertTrue(browser.status("meetings/plan.xhtml?year=2000") == 200, "a year without meetings can be planned");
    }

    @Test
    void theNotFoundPageSpeaksEnglishToo() {
        ApiClient.useLanguage("director", "sv");
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.click(By.id("nav:language"));
        try {
            browser.open("meetings/meeting.xhtml?id=abc");
            browser.waitForText(By.tagName("h1"), "Page not found");
            assertEquals("en", browser.htmlLang());
            browser.click(By.id("home"));
            assertTrue(browser.text().contains("Log out"), browser::text);
        } finally {
            ApiClient.useLanguage("director", "sv");
        }
    }
}
