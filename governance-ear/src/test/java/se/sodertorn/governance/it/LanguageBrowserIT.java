package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of the menu, and the pages they lead to with their parameters, answers in Swedish and in English, and
 * switching the language keeps the page and its parameters; numbers follow the language.
 */
class LanguageBrowserIT extends BrowserTest {

    @Test
    void everyPageAnswersInBothLanguagesAndTheSwitchKeepsThePageAndItsParameters() {
        ApiClient.useLanguage("admin", "sv");
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        AllPages.Made made = AllPages.make(browser, 2071);
        LocalDate day = made.day();
        try {
            for (String page : made.pages()) {
                browser.open(page);
                answersNormally(page, "sv");
                String heading = browser.waitFor(By.tagName("h1")).getText();
                browser.click(By.id("nav:language"));
                answersNormally(page, "en");
                assertTrue(browser.currentUrl().endsWith(page), page + " became " + browser.currentUrl());
                browser.checkAccessibility();
                if (page.contains("meeting.xhtml")) {
                    String english = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH));
                    assertTrue(browser.waitFor(By.tagName("h1")).getText().contains(english),
                            "the meeting page shows the same meeting, in English: " + heading);
                }
                browser.click(By.id("nav:language"));
                answersNormally(page, "sv");
            }
        } finally {
            ApiClient.useLanguage("admin", "sv");
        }
    }

    @Test
    void numbersAndMoneyFollowTheLanguage() {
        ApiClient.useLanguage("director", "sv");
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("budgets/budget.xhtml?year=2023");
        assertTrue(browser.text().contains("5 134 000 kr"), "Swedish grouping and kronor");
        assertTrue(browser.text().matches("(?s).*\\d+,\\d+ %.*"), "Swedish decimal comma in shares");
        browser.click(By.id("nav:language"));
        try {
            assertTrue(browser.text().contains("SEK 5,134,000"), browser::text);
            assertTrue(browser.text().matches("(?s).*\\d+\\.\\d+%.*"), "English decimal point in shares");
        } finally {
            ApiClient.useLanguage("director", "sv");
        }
    }

    private void answersNormally(String page, String language) {
        assertEquals(language, browser.htmlLang(), page);
        assertFalse(browser.all(By.id("nav:language")).isEmpty(), page + " in " + language + " is not an error page: "
                + browser.text());
        String text = browser.text();
        assertFalse(text.contains("Något gick fel") || text.contains("Something went wrong"), page + ": " + text);
    }
}
