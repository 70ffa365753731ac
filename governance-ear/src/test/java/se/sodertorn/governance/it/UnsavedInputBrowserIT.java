package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;

/** Leaving a page that holds unsaved input asks first; once it is saved, the page is left without a question. */
class UnsavedInputBrowserIT extends BrowserTest {

    @Override
    protected boolean startsAsking() {
        return true;
    }

    @Test
    void leavingAPageWithUnsavedInputAsksFirst() {
        long meeting = MeetingFixtures.preparedLgMeeting(LocalDate.of(MeetingFixtures.freeYear(2130, 2200), 6, 12));
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        String typed = "Anteckning som inte är sparad.";
        browser.type(By.id("agenda:items:0:notes"), typed);

        browser.clickToLeave(By.id("nav:home"));
        Alert question = browser.question().orElseThrow(() -> new AssertionError("leaving did not ask"));
        question.dismiss();
        assertTrue(browser.currentUrl().contains("meetings/meeting.xhtml"), "the user chose to stay");
        assertEquals(typed, browser.value(By.id("agenda:items:0:notes")), "and the text is still there");

        browser.click(By.id("agenda:items:0:save"));
        browser.waitForText(By.id("messages"), "Sparat");
        browser.clickToLeave(By.id("nav:home"));
        assertTrue(browser.question().isEmpty(), "nothing unsaved, nothing asked");
        browser.waitForText(By.tagName("h1"), "Start");
    }
}
