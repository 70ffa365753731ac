package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Dialogs, confirmations and date fields worked with the keyboard, checking where focus is: a dialog opens on its
 * first field and gives focus back to the control that opened it (Escape, Avbryt, ✕, a save); a failed save focuses
 * the first invalid field, described by its message, which is shown once; Tab passes a date field without opening
 * its calendar, Alt+↓ opens it, Enter picks a day and Escape closes it; a date is typed day first or in ISO form; a
 * removal asks with focus on "Nej".
 */
class KeyboardBrowserIT extends BrowserTest {

    private static final By PERSON_DIALOG = By.id("editDialog");
    private static final By ADD_PERSON = By.id("list:table:add");

    /**
     * A draft plan of its own on SUP 2040, in a free year of 2001–2021 (before the demo's years, which the other
     * tests' plans leave alone); returns the year.
     */
    static int newPlan() {
        int year = ApiClient.freePlanYear(2001, 1);
        HttpResponse<String> created = MeetingFixtures.SECRETARIAT.post("plans",
                "{\"year\":" + year + ",\"name\":\"Tangentbordsplan " + year + "\",\"programme\":\"SUP 2040\"}");
        assertEquals(201, created.statusCode(), created.body());
        return year;
    }

    /** The text of the page's message area (empty, and then not shown, when it has no messages). */
    private String pageMessages() {
        return browser.all(By.id("messages")).get(0).getText();
    }

    /** Opens the date field's calendar with Alt+↓ and waits until focus is on its day. */
    private void openCalendar(String dateField) {
        browser.press(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("var panel = document.getElementById(arguments[0]);"
                + " return panel !== null && panel.contains(document.activeElement);", dateField + "_panel")));
    }

    /** Closes the open person dialog with the keys and checks that focus is back on the opener. */
    private void closePersonDialog(By closer, CharSequence keys, String opener) {
        if (closer != null) {
            browser.tabTo(closer);
        }
        browser.press(keys);
        browser.waitForFocus(opener);
        assertFalse(browser.shown(PERSON_DIALOG), "the dialog is closed");
    }

    @Test
    void aDialogOpensOnItsFirstFieldAndGivesFocusBackToItsOpener() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("register/persons.xhtml");

        browser.openDialogByKeyboard(ADD_PERSON, PERSON_DIALOG, "edit:firstName");
        closePersonDialog(null, Keys.ESCAPE, "list:table:add");
        browser.openDialogByKeyboard(ADD_PERSON, PERSON_DIALOG, "edit:firstName");
        closePersonDialog(By.xpath("//*[@id='edit']//button[normalize-space()='Avbryt']"), Keys.ENTER, "list:table:add");
        browser.openDialogByKeyboard(ADD_PERSON, PERSON_DIALOG, "edit:firstName");
        browser.tabBackTo(By.cssSelector("#editDialog .ui-dialog-titlebar-close"));
        closePersonDialog(null, Keys.ENTER, "list:table:add");

        browser.openDialogByKeyboard(By.id("list:table:0:edit"), PERSON_DIALOG, "edit:firstName");
        assertFalse(browser.value(By.id("edit:firstName")).isBlank(), "the person's dialog shows the person");
        closePersonDialog(null, Keys.ESCAPE, "list:table:0:edit");
    }

    @Test
    void aFailedSaveFocusesTheFirstInvalidFieldDescribedByItsMessageShownOnce() {
        int year = newPlan();
        String title = "Aktivitet skriven med tangentbordet " + year;
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("plans/plan.xhtml?year=" + year);

        browser.openDialogByKeyboard(By.id("activities:add"), By.id("activityDialog"), "edit:title");
        browser.tabToAndEnter(By.id("edit:save"));
        browser.waitForFocus("edit:title");
        assertEquals("true", browser.focusedAttribute("aria-invalid"));
        assertEquals("true", browser.focusedAttribute("aria-required"));
        assertEquals("Ange vad aktiviteten är.", browser.focusedDescription());
        assertTrue(browser.waitFor(By.id("edit:dialogMessages")).getText().contains("Ange vad aktiviteten är."));
        assertFalse(pageMessages().contains("Ange vad aktiviteten är."),
                "the dialog's error is not shown (and announced) on the page as well");
        browser.checkAccessibility();

        browser.press(title);
        browser.tabToAndEnter(By.id("edit:save"));
        browser.waitForFocus("edit:focusArea_label");
        assertEquals("true", browser.focusedAttribute("aria-invalid"), "the focus-area menu is invalid");
        assertEquals("Välj fokusområde.", browser.focusedDescription());
        assertEquals("Fokusområde", browser.script("var box = document.activeElement;"
                + " return document.getElementById(box.getAttribute('aria-labelledby')).querySelector('.ui-outputlabel-label')"
                + ".textContent;"), "the menu is named by its label, not by its value");
        browser.checkAccessibility();

        browser.press(Keys.ARROW_DOWN);
        browser.tabToAndEnter(By.id("edit:save"));
        browser.waitForText(By.id("activities:table"), title);
        browser.waitForFocus("activities:add");
        assertFalse(browser.shown(By.id("activityDialog")), "a successful save closes the dialog");
    }

    @Test
    void tabPassesADateFieldWithoutItsCalendarAndTypedDatesAreRead() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("register/body.xhtml?id=" + MeetingFixtures.bodyId("LG"));

        browser.openDialogByKeyboard(By.id("sitting:add"), By.id("editDialog"), "edit:person_input");
        browser.tabTo(By.id("edit:validFrom_input"));
        assertFalse(browser.shown(By.id("edit:validFrom_panel")), "focus does not open the calendar");
        browser.press(Keys.TAB);
        assertEquals("Välj datum", browser.script("return document.activeElement.textContent.trim();"),
                "then the calendar's button, named by its text");
        browser.press(Keys.TAB);
        assertEquals("edit:validTo_input", browser.focused(), "Tab goes on to the next field");
        assertFalse(browser.shown(By.id("edit:validFrom_panel")), "the calendar stayed closed");

        browser.press("2022-01-14", Keys.ARROW_DOWN);
        assertFalse(browser.shown(By.id("edit:validTo_panel")), "↓ alone leaves the calendar closed");
        openCalendar("edit:validTo");
        browser.checkAccessibility();
        browser.press(Keys.ARROW_RIGHT, Keys.ENTER);
        browser.waitForFocus("edit:validTo_input");
        browser.waitUntil(d -> !browser.shown(By.id("edit:validTo_panel")));
        assertEquals("2022-01-15", browser.value(By.id("edit:validTo_input")), "Enter picks the day and closes the calendar");
        openCalendar("edit:validTo");
        browser.press(Keys.ESCAPE);
        browser.waitForFocus("edit:validTo_input");
        browser.waitUntil(d -> !browser.shown(By.id("edit:validTo_panel")));
        assertTrue(browser.shown(By.id("editDialog")), "Escape closes only the calendar");
        browser.press(Keys.ESCAPE);
        browser.waitForFocus("sitting:add");

        browser.tabBackTo(By.id("sitting:day_input"));
        browser.press(Keys.chord(Keys.CONTROL, "a"), "30.11.2022", Keys.TAB);
        browser.waitUntil(d -> "2022-11-30".equals(browser.value(By.id("sitting:day_input"))));
        assertFalse(pageMessages().contains("datum"), "a date typed day first is read");
        browser.tabBackTo(By.id("sitting:day_input"));
        browser.press(Keys.chord(Keys.CONTROL, "a"), "31.02.2022", Keys.TAB);
        browser.waitForText(By.id("messages"), "\"31.02.2022\" går inte att läsa som ett datum");
        browser.tabBackTo(By.id("sitting:day_input"));
        assertEquals("true", browser.focusedAttribute("aria-invalid"));
        assertTrue(browser.focusedDescription().endsWith("Skriv det som år-månad-dag, till exempel 2026-11-30."),
                browser.focusedDescription());
        browser.checkAccessibility();
    }

    @Test
    void aRemovalAsksWithFocusOnNo() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        By items = By.cssSelector("ol.agenda > li");
        By remove = By.id("agenda:items:1:removeItem");
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        int before = browser.all(items).size();
        String second = browser.waitFor(By.cssSelector("ol.agenda > li:nth-child(2) h3")).getText();

        browser.openDialogByKeyboard(remove, By.cssSelector(".ui-confirm-dialog"), "confirm:no");
        browser.press(Keys.ESCAPE);
        browser.waitForFocus("agenda:items:1:removeItem");
        browser.press(Keys.ENTER);
        browser.waitForFocus("confirm:no");
        browser.press(Keys.ENTER);
        browser.waitForFocus("agenda:items:1:removeItem");
        assertEquals(before, browser.all(items).size(), "Escape and Nej keep the item");

        browser.press(Keys.ENTER);
        browser.waitForFocus("confirm:no");
        browser.press(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals("confirm:yes", browser.focused());
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> browser.all(items).size() == before - 1);
        assertFalse(browser.waitFor(By.id("agenda")).getText().contains(second), "Ja removes the item");
        browser.waitForFocus("agenda:items:1:removeItem");
    }
}
