package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Leaving a page that holds unsaved input asks first; once it is saved, or when only a filter was typed in, the
 * page is left without a question.
 */
class UnsavedInputBrowserIT extends BrowserTest {

    @Test
    void leavingAPageWithUnsavedInputAsksFirst() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        assertFalse(browser.wouldAskBeforeLeaving(), "nothing typed yet");

        browser.type(By.id("agenda:items:0:notes"), "Anteckning som inte är sparad.");
        assertTrue(browser.wouldAskBeforeLeaving(), "typed notes are unsaved");
        browser.choose("roles:chair", "Camilla Broo");
        browser.click(By.id("roles:save"));
        browser.waitForText(By.id("messages"), "Sparat");
        assertTrue(browser.wouldAskBeforeLeaving(), "saving the roles does not save the notes");

        browser.click(By.id("agenda:items:0:save"));
        browser.waitForText(By.id("messages"), "1. Välkommen");
        assertFalse(browser.wouldAskBeforeLeaving(), "everything is saved");
        browser.click(By.id("nav:home"));
        browser.waitForText(By.tagName("h1"), "Start");

        browser.open("meetings/actions.xhtml");
        browser.type(By.id("register:table:globalFilter"), "remiss");
        assertFalse(browser.wouldAskBeforeLeaving(), "a search is no unsaved work");
    }
}
